import { expect, it } from 'vitest';
import { dumpSession, readRoundChecks } from '@/lib/db';
import { importReviewRecords } from '@/lib/review/import-records';
import { sessionDetail } from '@/lib/sessions/service';
import { describeOnBothBackends } from '@/test/db-backends';
import { scheduleImportChecks } from './import-checks';

/**
 * Issue 20: a bulk import leaves the deterministic checker to afterwards. Its findings still
 * reach every imported round: from the background sweep, or when a session is opened first.
 */
// A false relation on line 3: the checker's finding there.
const PROOF = ['We expand the square.', '\\[', '(a+b)^2 = a^2 + ab + b^2.', '\\]', 'Done.'].join(
  '\n',
);
const records = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    JSON.stringify({ id: `c${i}`, problem: `Expand ${i}.`, proof: PROOF }),
  ).join('\n');

async function checkerFindingsOf(sessionId: string) {
  const dump = await dumpSession(sessionId);
  return (dump?.rounds[0].findings ?? []).filter((f) => f.source === 'checker');
}

describeOnBothBackends('checking imported proofs after the import', () => {
  it('stores proofs unchecked, then the background sweep checks every one', async () => {
    const r = await importReviewRecords(records(3), 'auto', false);
    const ids = r.records.map((p) => p.sessionId as string);
    // The import itself ran no checker.
    expect(await checkerFindingsOf(ids[0])).toEqual([]);
    // From the table's start: the sweep's cursor is the process's, and each backend's
    // database here is new.
    await scheduleImportChecks(0);
    for (const id of ids) {
      const found = await checkerFindingsOf(id);
      expect(
        found.map((f) => [f.category, (f.anchor as { startLine: number } | null)?.startLine]),
      ).toEqual([['computation', 3]]);
    }
    // A second sweep finds nothing left to do (no duplicate findings).
    await scheduleImportChecks();
    expect(await checkerFindingsOf(ids[2])).toHaveLength(1);
  });

  it('checks an imported round when its session is opened before the sweep reached it', async () => {
    const r = await importReviewRecords(records(1), 'auto', false);
    const id = r.records[0].sessionId as string;
    const detail = await sessionDetail(id);
    const round = detail.rounds[0];
    expect(round.findings.filter((f) => f.source === 'checker')).toHaveLength(1);
    expect(round.check?.stats.false).toBe(1);
    expect((await readRoundChecks([round.id])).has(round.id)).toBe(true);
  });
});
