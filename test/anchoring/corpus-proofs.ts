import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR } from '../corpus-dir';

export { CORPUS_DIR };

/** Proofs written by models: the grok-4 proofs of the IMO25 reports and DeepSeekMath-V2's. */
const PROOF_FILES = [
  'verifier-reports/grok-4.jsonl',
  'deepseek-math-v2/IMO-ProofBench-Basic.jsonl', // these use \( \) and \[ \]
  'deepseek-math-v2/Putnam2024.jsonl',
];

export const corpusPresent = (dir = CORPUS_DIR) =>
  PROOF_FILES.every((f) => existsSync(path.join(dir, f)));

type CorpusRow = { proof?: string; model_prediction?: { proof?: string } };

/** Distinct proofs of the shared corpus of at least `minChars` characters, in file order. */
export function corpusProofs(dir = CORPUS_DIR, minChars = 400): string[] {
  const proofs = PROOF_FILES.flatMap((f) =>
    readFileSync(path.join(dir, f), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as CorpusRow)
      .map((row) => row.proof ?? row.model_prediction?.proof ?? ''),
  );
  return [...new Set(proofs)].filter((p) => p.length >= minChars);
}
