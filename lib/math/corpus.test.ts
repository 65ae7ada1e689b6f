import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentsOf, evaluateDocument } from './render-evaluation';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus');
const present = existsSync(CORPUS);
if (!present)
  console.warn(`corpus tests skipped: ${CORPUS} is absent (a fresh clone has no ../shared)`);

function evaluateFile(file: string) {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim());
  const docs = lines.flatMap((line, i) =>
    documentsOf(JSON.parse(line), `${path.basename(file)}:${i + 1}`),
  );
  const results = docs.map(evaluateDocument);
  return {
    documents: docs.length,
    segments: results.reduce((sum, r) => sum + r.segments, 0),
    failures: results.flatMap((r) => r.failures),
  };
}

describe.skipIf(!present)('real corpus renders without KaTeX errors', () => {
  const deepseek = present ? readdirSync(path.join(CORPUS, 'deepseek-math-v2')) : [];
  for (const name of deepseek.filter((n) => n.endsWith('.jsonl'))) {
    it(`DeepSeekMath-V2 ${name}: every formula of problems and proofs renders`, () => {
      const result = evaluateFile(path.join(CORPUS, 'deepseek-math-v2', name));
      expect(result.segments).toBeGreaterThan(1_000);
      expect(result.failures).toEqual([]);
    });
  }

  it('verifier reports (grok-4): every formula of problems, proofs and reports renders', () => {
    const result = evaluateFile(path.join(CORPUS, 'verifier-reports', 'grok-4.jsonl'));
    expect(result.documents).toBe(333);
    expect(result.failures).toEqual([]);
  });
});
