import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeOnBothBackends } from '@/test/db-backends';
import { conn } from '../conn';
import { first } from '../rows';
import {
  createRun,
  getRun,
  getRunStatus,
  lastRunSeq,
  listRunEventRows,
  listRunEvents,
  listSessionRuns,
  listUnfinishedRuns,
  persistRunProgress,
  setRunRound,
} from './runs';
import { createSession } from './sessions';

/**
 * Runs and their event log, the same on SQLite (prepared statements) and on Postgres (one
 * batched insert): byte-exact text, order, and the row touched only at status changes.
 */
const text = (delta: string) => ({ type: 'text' as const, delta });

async function storedLastSeq(runId: string) {
  const { db, t } = await conn();
  return (await first(db.select().from(t.runs).where(eq(t.runs.id, runId)).limit(1)))?.lastSeq;
}

describeOnBothBackends('runs and their event log', () => {
  it('gives a run’s status alone as it changes, and nothing for an unknown run', async () => {
    const sessionId = await createSession({ problem: 'Prove that 2 + 2 = 4.' });
    const run = await createRun({ sessionId, roundId: null, kind: 'generate', model: 'm' });
    expect(await getRunStatus(run.id)).toEqual({ id: run.id, status: 'queued' });
    await persistRunProgress({ runId: run.id, events: [], status: 'running' });
    expect(await getRunStatus(run.id)).toEqual({ id: run.id, status: 'running' });
    await persistRunProgress({ runId: run.id, events: [], status: 'succeeded', text: 'done' });
    expect(await getRunStatus(run.id)).toEqual({ id: run.id, status: 'succeeded' });
    expect(await getRunStatus('no-such-run')).toBeUndefined();
  });

  it('stores batches of events in order and rebuilds a running run’s text from them', async () => {
    const sessionId = await createSession({ problem: 'Prove that 1 + 1 = 2.' });
    const run = await createRun({
      sessionId,
      roundId: null,
      kind: 'generate',
      model: 'm',
      params: { n: 1 },
    });
    expect(run).toMatchObject({ status: 'queued', text: '' });
    await persistRunProgress({
      runId: run.id,
      events: [],
      status: 'running',
      patch: { startedAt: 5 },
    });
    const deltas = ['Let $x$ ', 'be real. ', 'ÿ “quoted” 😀\n', '\\frac{a}{b}'];
    await persistRunProgress({
      runId: run.id,
      events: deltas.slice(0, 3).map((d, i) => ({ seq: i + 1, event: text(d) })),
    });
    await persistRunProgress({ runId: run.id, events: [{ seq: 4, event: text(deltas[3]) }] });
    expect(await lastRunSeq(run.id)).toBe(4);
    expect((await listRunEvents(run.id, 2)).map((e) => e.seq)).toEqual([3, 4]);
    // The SSE replay's rows: the JSON text as written, in order.
    expect(await listRunEventRows(run.id, 2)).toEqual([
      { seq: 3, data: JSON.stringify(text(deltas[2])) },
      { seq: 4, data: JSON.stringify(text(deltas[3])) },
    ]);
    const running = await getRun(run.id);
    expect(running?.text).toBe(deltas.join(''));
    expect(await storedLastSeq(run.id)).toBe(0); // the row is touched at status changes only
    expect((await listUnfinishedRuns()).map((r) => r.id)).toEqual([run.id]);
    await persistRunProgress({
      runId: run.id,
      events: [{ seq: 5, event: text('.') }],
      text: `${deltas.join('')}.`,
      status: 'succeeded',
      patch: { finishedAt: 9, usage: { promptTokens: 1 } as never },
    });
    expect(await storedLastSeq(run.id)).toBe(5);
    expect(await getRun(run.id)).toMatchObject({
      status: 'succeeded',
      finishedAt: 9,
      text: `${deltas.join('')}.`,
    });
    expect(await listUnfinishedRuns()).toEqual([]);
  });

  it('lists a session’s runs newest first and links a run to its round', async () => {
    const sessionId = await createSession({ problem: 'Prove that 1 + 1 = 2.' });
    const a = await createRun({ sessionId, roundId: null, kind: 'generate', model: 'm' });
    await new Promise((r) => setTimeout(r, 2));
    const b = await createRun({ sessionId, roundId: null, kind: 'verify', model: 'm' });
    expect((await listSessionRuns(sessionId)).map((r) => r.id)).toEqual([b.id, a.id]);
    expect(await lastRunSeq(a.id)).toBe(0);
    await setRunRound(a.id, 'round-1');
    expect((await getRun(a.id, false))?.roundId).toBe('round-1');
  });

  it('refuses an event number written twice, keeping the first', async () => {
    const sessionId = await createSession({ problem: 'Prove that 1 + 1 = 2.' });
    const run = await createRun({ sessionId, roundId: null, kind: 'generate', model: 'm' });
    await persistRunProgress({ runId: run.id, events: [{ seq: 1, event: text('a') }] });
    await expect(
      persistRunProgress({
        runId: run.id,
        events: [
          { seq: 2, event: text('b') },
          { seq: 1, event: text('c') },
        ],
      }),
    ).rejects.toThrow();
    expect((await listRunEvents(run.id, 0)).map((e) => e.event)).toEqual([text('a')]);
  });
});
