/**
 * The corpus the checker is measured on (issue 16), and the planted-error run over it, shared
 * by `eval:checker` (the figures) and `checker:verdicts` (every verdict, to compare two builds).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from '@/test/corpus-dir';
import { runChecker } from '../lib/checker';
import { plantError } from '../lib/checker/plant-error';
import { hashString } from '../lib/checker/prng';
import { type ProofRecord, readProofRecords } from '../lib/checker/proof-records';
import type { CheckedRelation } from '../lib/schemas/checker';

export const DEFAULT_FILES = [
  'deepseek-math-v2/IMO-ProofBench-Basic.jsonl',
  'deepseek-math-v2/Putnam2024.jsonl',
  'verifier-reports/grok-4.jsonl',
].map((f) => join(CORPUS_DIR, f));

/** The files named on the command line, or the default three with `--corpus`. */
export function corpusFiles(args: readonly string[]): string[] {
  return args.includes('--corpus') ? DEFAULT_FILES : args.filter((a) => !a.startsWith('--'));
}

export function readCorpusFile(file: string): { records: ProofRecord[]; errors: string[] } {
  return readProofRecords(readFileSync(file, 'utf8'));
}

/** KaTeX warns for characters it has no metrics for; irrelevant to a measure. */
export function quietKatexWarnings(): void {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).startsWith('No character metrics')) warn(...args);
  };
}

/** One planted error: the holding relation it was planted in, and whether it was then caught. */
export interface PlantedOutcome {
  relation: CheckedRelation;
  /** False when the relation has no number or sign to change. */
  planted: boolean;
  caught: boolean;
}

/**
 * For each relation of the proof that holds, one number or sign of its right side changed (a
 * PRNG seeded by the proof, line and text picks which), the proof re-checked, and whether the
 * checker now calls a relation on that line false.
 */
export function* plantedOutcomes(
  record: ProofRecord,
  relations: readonly CheckedRelation[],
): Generator<PlantedOutcome> {
  const lineStarts = [0];
  for (let i = 0; i < record.proof.length; i++)
    if (record.proof[i] === '\n') lineStarts.push(i + 1);
  for (const rel of relations) {
    if (rel.verdict !== 'holds') continue;
    const seed = hashString(`${record.id}:${rel.line}:${rel.text}`);
    const mutated = plantError(record.proof, lineStarts[rel.line - 1], rel, seed);
    if (!mutated) {
      yield { relation: rel, planted: false, caught: false };
      continue;
    }
    const after = runChecker(mutated, []);
    const caught = after.relations.some((x) => x.verdict === 'false' && x.line === rel.line);
    yield { relation: rel, planted: true, caught };
  }
}
