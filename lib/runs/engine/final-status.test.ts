import { afterEach, expect, it, vi } from 'vitest';
import type { Run, SequencedRunEvent } from '@/lib/schemas';
import { ActiveRun } from './active-run';

/**
 * A run's final status reaches its live readers once its last write is stored: a page that
 * reloads the session on that status must read the run as ended (on Postgres the write is
 * I/O, and a reload read it still `running`). A write that does not land holds it back 1 s.
 */
const runs: ActiveRun[] = [];
afterEach(() => {
  for (const r of runs.splice(0)) r.dispose();
  vi.useRealTimers();
});

function heard() {
  const run = new ActiveRun({ id: 'r', sessionId: 's', status: 'running' } as Run);
  runs.push(run);
  const events: SequencedRunEvent[] = [];
  run.subscribe((batch) => events.push(...batch));
  return { run, events };
}

const ended = { type: 'status', status: 'succeeded', error: null } as const;

it('tells the final status after the write is stored, not before', async () => {
  const { run, events } = heard();
  let store = () => {};
  const write = new Promise<boolean>((r) => {
    store = () => r(true);
  });
  const done = run.emitStored(ended, () => write);
  await new Promise((r) => setTimeout(r, 20));
  expect(events).toEqual([]);
  expect(run.events.at(-1)?.event).toEqual(ended); // in the log the write stores
  store();
  await expect(done).resolves.toBe(true);
  expect(events.map((e) => e.event)).toEqual([ended]);
});

it('tells it anyway after 1 s when the write does not land', async () => {
  vi.useFakeTimers();
  const { run, events } = heard();
  const done = run.emitStored(ended, () => new Promise<boolean>(() => {}));
  await vi.advanceTimersByTimeAsync(900);
  expect(events).toEqual([]);
  await vi.advanceTimersByTimeAsync(200);
  expect(events.map((e) => e.event)).toEqual([ended]);
  void done;
});
