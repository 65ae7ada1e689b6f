import { fieldFor } from '@/lib/library/fields';

export type RecordReference = {
  solution: string;
  guidelines: string;
  shortAnswer: string;
  source: string;
};

/**
 * The reference solution and grading guidelines some records carry beside the proof
 * (DeepSeekMath-V2's IMO-ProofBench outputs have `solution` and `grading guidelines`), read
 * from the record's raw JSON line, since the import schemas keep only what a review needs.
 */
export function referenceFromValue(value: unknown): RecordReference | null {
  if (typeof value !== 'object' || value === null) return null;
  const ref: RecordReference = { solution: '', guidelines: '', shortAnswer: '', source: '' };
  for (const [name, v] of Object.entries(value)) {
    const field = fieldFor(name);
    if (typeof v !== 'string' || !field || !(field in ref)) continue;
    const key = field as keyof RecordReference;
    if (!ref[key]) ref[key] = v.trim();
  }
  return ref.solution || ref.guidelines ? ref : null;
}
