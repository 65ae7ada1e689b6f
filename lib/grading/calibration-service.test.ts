import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReviewRecords } from '@/lib/review/import-records';
import { corpusPath } from '@/test/corpus-dir';
import { withTempDb } from '@/test/fixtures/temp-db';
import { gradesCalibration } from './calibration-service';
import { setHumanGrade } from './service';

withTempDb();

const CORPUS = corpusPath('deepseek-math-v2');
const corpusPresent = fs.existsSync(CORPUS);

const record = (id: string, mean: number, human: number) =>
  JSON.stringify({
    question: `Problem ${id}`,
    problem_idx: id,
    model_prediction: {
      proof: `## Solution\nProof of ${id}.`,
      average_automatic_rating: mean,
      human_rating: human,
    },
  });

describe('calibration from imported DeepSeekMath-V2 records', () => {
  it('maps human_rating to the human grade on the contest scale and average_automatic_rating to the verifier mean', async () => {
    const text = [
      record('PB-1', 1, 7),
      record('PB-2', 1, 1),
      record('Putnam2024-B5', 0.984375, 8),
      record('PB-3', 0.5, 2),
    ].join('\n');
    const { records } = await importReviewRecords(text, 'auto', false);
    const ids = records.map((r) => r.sessionId as string);
    const c = await gradesCalibration();
    expect(c.points.map((p) => [p.verifierMean, p.samples, p.humanPoints, p.maxPoints])).toEqual([
      [1, null, 7, 7],
      [1, null, 1, 7],
      [0.984375, null, 8, 10],
      [0.5, null, 2, 7],
    ]);
    // Passed by the verifier (mean 1) and graded ≤ 2/7: only PB-2; PB-3 was not passed.
    expect(c.passedButLow).toEqual([ids[1]]);
    // A person regrading a passed proof low puts it on the list too.
    await setHumanGrade(ids[0], { points: 2, rationale: 'The key lemma is cited, not proved.' });
    expect((await gradesCalibration()).passedButLow).toEqual([ids[0], ids[1]]);
  });

  it('refuses a human_rating outside the contest scale, naming the line', async () => {
    const err = await importReviewRecords(record('PB-9', 1, 9), 'auto', false).catch((e) => e);
    expect(String(err.message)).toMatch(
      /line 1 \(PB-9\): model_prediction\.human_rating: 9 is not a whole number of points from 0 to 7/,
    );
  });
});

describe.skipIf(!corpusPresent)('the shared corpus (DeepSeekMath-V2 outputs)', () => {
  it('gives one calibration point per released proof; Putnam stays out of 10', async () => {
    const before = (await gradesCalibration()).points.length;
    for (const file of ['IMO-ProofBench-Basic.jsonl', 'Putnam2024.jsonl']) {
      await importReviewRecords(fs.readFileSync(path.join(CORPUS, file), 'utf8'), 'auto', false);
    }
    const c = await gradesCalibration();
    const added = c.points.slice(before);
    expect(added).toHaveLength(42);
    expect(
      added
        .filter((p) => p.maxPoints === 10)
        .map((p) => p.humanPoints)
        .sort(),
    ).toEqual([10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 8]);
    // Every released proof here was graded 6/7 or more: none is passed-but-low.
    expect(added.every((p) => p.humanPoints / p.maxPoints >= 0.8)).toBe(true);
  });
});
