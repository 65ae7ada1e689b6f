import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '@/lib/findings/parsers';
import { corpusPath } from '@/test/corpus-dir';
import { parseGeneration } from './generation';

const DIR = `${corpusPath('deepseek-math-v2')}/`;
const FILES = ['IMO-ProofBench-Basic.jsonl', 'Putnam2024.jsonl'];
const present = FILES.every((f) => existsSync(DIR + f));

type Row = { problem_idx: string; model_prediction: { proof: string } };
const rows = (): Row[] =>
  FILES.flatMap((f) =>
    readFileSync(DIR + f, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Row),
  );

const title = present
  ? 'DeepSeekMath-V2 corpus proofs (../shared/corpus/deepseek-math-v2)'
  : 'DeepSeekMath-V2 corpus proofs: SKIPPED, ../shared/corpus/deepseek-math-v2 not found';

describe.skipIf(!present)(title, () => {
  it('holds the 42 published proofs', () => {
    expect(rows()).toHaveLength(42);
  });

  // What the data really holds: DeepSeek published only the Solution part of each output
  // (no "## Self Evaluation", no heading, no self-score), so the whole text is the proof and
  // the proof's own boxed answers (\boxed{136}) must not be mistaken for a self-score.
  it('parses each into a non-empty proof, no self-evaluation and no self-score', () => {
    for (const { problem_idx, model_prediction } of rows()) {
      const raw = model_prediction.proof;
      const out = parseGeneration(raw);
      expect(out.proof.length, problem_idx).toBeGreaterThan(1000);
      // One proof opens with a "**Solution.**" heading line; all others are kept whole.
      expect(raw.trim().endsWith(out.proof), problem_idx).toBe(true);
      expect(out.proof.length / raw.trim().length, problem_idx).toBeGreaterThan(0.99);
      expect(out).toMatchObject({ selfEvaluation: null, selfScore: null, truncatedFormat: true });
    }
  });

  it('round-trips each proof byte-exact through the full generation format, with its score', () => {
    const scores = [0, 0.5, 1];
    rows().forEach(({ problem_idx, model_prediction }, i) => {
      const proof = model_prediction.proof.replace(/^\*\*Solution\.\*\*\s*\n/, '').trim();
      const score = scores[i % 3];
      const evaluation = `Here is my evaluation of the solution:\n\nI checked every step.\n\nBased on my evaluation, the final overall score should be:\n\\boxed{${score}}`;
      const out = parseGeneration(`## Solution\n${proof}\n\n## Self Evaluation\n\n${evaluation}`);
      expect(out.proof, problem_idx).toBe(proof);
      expect(out).toMatchObject({
        selfEvaluation: evaluation,
        selfScore: score,
        truncatedFormat: false,
      });
      const report = parseReport(out.selfEvaluation ?? '');
      expect(report.format, problem_idx).toBe('deepseek');
      expect(report.score, problem_idx).toBe(score);
    });
  });
});
