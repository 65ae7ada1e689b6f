import { afterEach, describe, expect, it } from 'vitest';
import { setWriteFaultForTests, sqliteError } from '@/lib/db/write-fault';
import { finishedRun, withModelAndDb } from '@/lib/runs/test-support';
import { MOCK_PROBLEM } from '@/scripts/mock-model/proof-texts';
import { reviewRecords } from './import-fixture.test-support';

/**
 * Issue 11: a bulk import of N records is one transaction (all or nothing, the bad record
 * named), and it does not hold the server's event loop: a run streaming meanwhile keeps
 * delivering events while 2,000 records import. No clock thresholds: the facts are which
 * events arrived between the import's start and end, and what the database holds.
 */
const { control } = withModelAndDb('import-atomic');
const N = 2_000;

afterEach(() => setWriteFaultForTests(null));

async function sessionCount() {
  const { listSessions } = await import('@/lib/db');
  return (await listSessions()).total;
}

describe('bulk import', () => {
  it('imports 2,000 records in one transaction while a live stream keeps flowing', async () => {
    const { createSession } = await import('@/lib/db');
    const { activeRun, startRun, stopRun } = await import('@/lib/runs');
    const { importReviewRecords } = await import('./import-records');
    // A draft that streams for a long while (stopped once the import is done).
    await control({ scenario: 'long', words: 20_000, tps: 200 });
    const sessionId = await createSession({ problem: MOCK_PROBLEM });
    const run = await startRun(sessionId, { kind: 'generate' });
    const received: number[] = [];
    let phase: 'before' | 'during' | 'after' = 'before';
    const during: number[] = [];
    await new Promise((r) => setTimeout(r, 300));
    activeRun(run.id)?.subscribe((batch) => {
      for (const e of batch) {
        received.push(e.seq);
        if (phase === 'during') during.push(e.seq);
      }
    });
    const before = await sessionCount();
    phase = 'during';
    const result = await importReviewRecords(reviewRecords(N), 'auto', false);
    phase = 'after';
    expect(result.records).toHaveLength(N);
    expect(result.records.every((r) => r.sessionId && r.anchored === 1)).toBe(true);
    expect(await sessionCount()).toBe(before + N);
    // The stream was served while the import ran: several ticks' worth of events arrived.
    expect(during.length).toBeGreaterThan(3);
    stopRun(run.id);
    const stopped = await finishedRun(run.id);
    expect(stopped.status).toBe('stopped');
    // Its events written during the import are all there, in order, none lost.
    const { listRunEvents } = await import('@/lib/db');
    const seqs = (await listRunEvents(run.id, 0)).map((e) => e.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  }, 120_000);

  it('stores nothing when a record is invalid, and names it', async () => {
    const { importReviewRecords } = await import('./import-records');
    const before = await sessionCount();
    const text = reviewRecords(N, { line: 1_500, text: JSON.stringify({ id: 'x', problem: 'p' }) });
    await expect(importReviewRecords(text, 'auto', false)).rejects.toThrow(
      /Nothing was imported.*line 1500 \(x\): proof/,
    );
    expect(await sessionCount()).toBe(before);
    // Asked to, it imports the others.
    const r = await importReviewRecords(text, 'auto', false, true);
    expect(r.records).toHaveLength(N - 1);
    expect(await sessionCount()).toBe(before + N - 1);
  }, 120_000);

  it('rolls everything back when the database fails mid-import, naming the record', async () => {
    const { importReviewRecords } = await import('./import-records');
    const before = await sessionCount();
    let n = 0;
    setWriteFaultForTests((what) => {
      if (what === 'bulk item' && ++n === 1_234)
        throw sqliteError('SQLITE_FULL', 'database or disk is full');
    });
    await expect(importReviewRecords(reviewRecords(N), 'auto', false)).rejects.toThrow(
      /The record on line 1234 \(r1234\) could not be stored: database or disk is full/,
    );
    expect(await sessionCount()).toBe(before);
  }, 120_000);
});
