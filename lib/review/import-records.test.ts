import { expect, it } from 'vitest';
import {
  dumpSession,
  getSessionReference,
  listReviewItems,
  listSessions,
  setDecision,
} from '@/lib/db';
import { describeOnBothBackends } from '@/test/db-backends';
import { importReviewRecords } from './import-records';

const reviewItems = async (q: Parameters<typeof listReviewItems>[0]) =>
  (await listReviewItems(q)).items;

const PROOF = 'Let n be odd.\nThen n^2 is odd because the square of an odd number is odd.\nDone.';
const REPORT = `### Issues
[ISSUE 1]
Severity: gap
Lines: L2
Quote: "the square of an odd number is odd"
Description: This is the claim itself.
Suggested fix: Write n = 2k+1 and expand.

### Score
\\boxed{0.5}`;

const FILE = [
  JSON.stringify({ id: 'a', problem: 'Show n^2 odd.', proof: PROOF, report: REPORT }),
  '{broken json',
  JSON.stringify({
    question: 'Prove the thing.',
    problem_idx: 'PB-7',
    solution: 'The reference.',
    'grading guidelines': '(Partial) 1. Something.',
    model_prediction: {
      proof:
        '## Solution\nA proof.\n\n## Self Evaluation\nHere is my evaluation of the solution: fine.\n\nBased on my evaluation, the final overall score should be: \\boxed{1}',
      average_automatic_rating: 1,
    },
  }),
  JSON.stringify({ id: 'c', problem: 'No proof field' }),
].join('\n');

describeOnBothBackends('bulk review import', () => {
  it('previews without storing anything, with per-line errors', async () => {
    const before = (await listSessions()).total;
    const r = await importReviewRecords(FILE, 'auto', true);
    expect(r.dryRun).toBe(true);
    expect(r.batchId).toBeNull();
    expect(
      r.records.map((p) => [
        p.line,
        p.id,
        p.score,
        p.findings,
        p.anchored,
        p.hasReference,
        p.sessionId,
      ]),
    ).toEqual([
      [1, 'a', 0.5, 1, 1, false, null],
      [3, 'PB-7', 1, 0, 0, true, null],
    ]);
    expect(r.errors.map((e) => e.line)).toEqual([2, 4]);
    expect((await listSessions()).total).toBe(before);
  });

  it('refuses a file with invalid lines, naming them, and stores nothing', async () => {
    const before = (await listSessions()).total;
    await expect(importReviewRecords(FILE, 'auto', false)).rejects.toThrow(
      /Nothing was imported: 2 record\(s\) are invalid — line 2: not valid JSON.*line 4 \(c\): proof/,
    );
    expect((await listSessions()).total).toBe(before);
  });

  it('refuses a proof larger than the editor accepts, naming its line and id', async () => {
    const before = (await listSessions()).total;
    const big = JSON.stringify({ id: 'big', problem: 'P.', proof: 'x'.repeat(200_001) });
    await expect(
      importReviewRecords(`${FILE.split('\n')[0]}\n${big}`, 'auto', false),
    ).rejects.toThrow(/line 2 \(big\): proof: is larger than 200 kB/);
    expect((await listSessions()).total).toBe(before);
  });

  it('imports one session per record, with references and a batch the queue can walk', async () => {
    // The person saw the preview's errors and imports the valid records only.
    const r = await importReviewRecords(FILE, 'auto', false, true);
    expect(r.batchId).toMatch(/^[\w-]{22}$/);
    const [a, pb] = r.records.map((p) => p.sessionId as string);
    expect((await getSessionReference(pb))?.guidelines).toBe('(Partial) 1. Something.');
    expect(await getSessionReference(a)).toBeNull();
    const queue = await reviewItems({
      batch: r.batchId as string,
      score: 'any',
      unresolved: false,
    });
    expect(queue.map((i) => [i.sessionId, i.title, i.score, i.findings, i.unresolved])).toEqual([
      [a, 'a', 0.5, 1, 1],
      [pb, 'PB-7', 1, 0, 0],
    ]);
    const open = await reviewItems({
      batch: r.batchId as string,
      score: 'any',
      unresolved: true,
    });
    expect(open.map((i) => i.sessionId)).toEqual([a]);
    expect(
      (await reviewItems({ batch: r.batchId as string, score: 'below1', unresolved: false })).map(
        (i) => i.sessionId,
      ),
    ).toEqual([a]);
    expect(
      (await reviewItems({ batch: r.batchId as string, score: 'pass', unresolved: false })).map(
        (i) => i.sessionId,
      ),
    ).toEqual([pb]);
    // Deciding the finding resolves it.
    const finding = (await dumpSession(a))?.rounds[0].findings[0];
    await setDecision(finding?.id as string, 'dismissed');
    expect(
      await reviewItems({ batch: r.batchId as string, score: 'any', unresolved: true }),
    ).toEqual([]);
    // Without a batch, the queue holds every imported session.
    expect((await reviewItems({ score: 'any', unresolved: false })).length).toBe(2);
  });
});
