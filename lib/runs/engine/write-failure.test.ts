import { afterEach, describe, expect, it } from 'vitest';
import { setWriteFaultForTests, sqliteError } from '@/lib/db/write-fault';
import { buildLongAnswer } from '@/scripts/mock-model/long-proof';
import { MOCK_GENERATION_ANSWER, MOCK_PROBLEM } from '@/scripts/mock-model/proof-texts';
import { eventually, finishedRun, withModelAndDb } from '../test-support';

/**
 * Issue 11: a failed write must not lock the session. Failures are injected in the DB layer
 * (the run-progress transaction throws, as SQLite does on SQLITE_BUSY or a full disk).
 */
const { control } = withModelAndDb('write-failure', { PROOFDESK_WRITE_RETRY_BASE_MS: '5' });

afterEach(() => setWriteFaultForTests(null));

async function replayed(runId: string) {
  const { listRunEvents } = await import('@/lib/db');
  const events = await listRunEvents(runId, 0);
  let text = '';
  for (const { event } of events) if (event.type === 'text') text += event.delta;
  return { seqs: events.map((e) => e.seq), text };
}

/** Throws on run-progress writes number `from` … `to` (1-based, inclusive). */
function failWrites(from: number, to: number, code = 'SQLITE_BUSY') {
  let n = 0;
  let failed = 0;
  setWriteFaultForTests((what) => {
    if (what !== 'run progress') return;
    n += 1;
    if (n >= from && n <= to) {
      failed += 1;
      throw sqliteError(
        code,
        code === 'SQLITE_FULL' ? 'database or disk is full' : 'database is locked',
      );
    }
  });
  return () => failed;
}

describe('a run whose writes fail', () => {
  it('retries a failed write and loses no event', async () => {
    const { createSession } = await import('@/lib/db');
    const { startRun } = await import('@/lib/runs');
    await control({ tps: 300 });
    const failed = failWrites(2, 4);
    const id = await createSession({ problem: MOCK_PROBLEM });
    const run = await startRun(id, { kind: 'generate' });
    const done = await finishedRun(run.id);
    expect(failed()).toBe(3);
    expect(done.status).toBe('succeeded');
    expect(done.text).toBe(MOCK_GENERATION_ANSWER);
    const log = await replayed(run.id);
    expect(log.text).toBe(MOCK_GENERATION_ANSWER);
    expect(log.seqs).toEqual(log.seqs.map((_, i) => i + 1));
  });

  it('ends the run failed, saying why, when the database stays unwritable; the next run starts', async () => {
    const { createSession, getRun } = await import('@/lib/db');
    const { activeRun, activeRunForSession, startRun } = await import('@/lib/runs');
    // Long enough that a batch is written (and refused) while it streams.
    await control({ scenario: 'long', words: 6_000, tps: 1_000 });
    failWrites(2, Number.POSITIVE_INFINITY, 'SQLITE_FULL');
    const id = await createSession({ problem: MOCK_PROBLEM });
    const run = await startRun(id, { kind: 'generate' });
    const active = activeRun(run.id);
    // The slot is freed once the run gives up.
    await eventually(() => (activeRunForSession(id) ? undefined : true));
    const last = active?.events.at(-1)?.event;
    expect(last).toMatchObject({ type: 'status', status: 'failed' });
    const error = last?.type === 'status' ? last.error : '';
    expect(error).toContain('The database could not be written');
    expect(error).toContain('database or disk is full');

    // The database recovers: the next run in the same session starts and completes…
    setWriteFaultForTests(null);
    await control();
    const next = await startRun(id, { kind: 'generate' });
    expect((await finishedRun(next.id)).status).toBe('succeeded');
    // …and the failed run's kept events and outcome reach the database too.
    const stored = await eventually(async () => {
      const r = await getRun(run.id);
      return r?.status === 'failed' ? r : undefined;
    }, 600);
    expect(stored.error).toContain('The database could not be written');
    const log = await replayed(run.id);
    expect(log.seqs).toEqual(log.seqs.map((_, i) => i + 1));
    expect(log.text).toBe(stored.text);
    expect(buildLongAnswer(6_000).startsWith(stored.text)).toBe(true);
  });
});
