import { z } from 'zod';
import {
  byteLength,
  type LineError,
  MAX_PROBLEM_BYTES,
  MAX_PROOF_BYTES,
  recordLabel,
} from '@/lib/schemas';
import { contestScale } from './contest-scale';

/** A text no larger than the forms accept: an import cannot store what typing could not. */
const textUpTo = (max: number, empty: string) =>
  z
    .string()
    .min(1, empty)
    .refine((s) => byteLength(s) <= max, `is larger than ${Math.round(max / 1000)} kB`);

/** `{id?, problem, proof, report?}`: a proof and (optionally) a verifier's report on it. */
export const reviewRecordSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  problem: textUpTo(MAX_PROBLEM_BYTES, 'problem is empty'),
  proof: textUpTo(MAX_PROOF_BYTES, 'proof is empty'),
  report: z.string().optional().nullable(),
  title: z.string().optional(),
});

/**
 * A DeepSeekMath-V2 output record (its `outputs/*.jsonl`). `human_rating` becomes the
 * session's human grade, on the contest's scale (`contestScale`: Putnam 0–10, else 0–7);
 * `average_automatic_rating` is the verifier's mean score (0–1).
 */
export const deepseekOutputSchema = z
  .object({
    question: textUpTo(MAX_PROBLEM_BYTES, 'question is empty'),
    problem_idx: z.union([z.string(), z.number()]).optional(),
    source: z.string().nullable().optional(),
    model_prediction: z.object({
      proof: textUpTo(MAX_PROOF_BYTES, 'proof is empty'),
      average_automatic_rating: z.number().min(0).max(1).nullable().optional(),
      human_rating: z.number().nullable().optional(),
    }),
  })
  .superRefine((d, ctx) => {
    const rating = d.model_prediction.human_rating;
    const scale = contestScale({ problem_idx: d.problem_idx, source: d.source ?? undefined });
    if (
      rating !== null &&
      rating !== undefined &&
      !(Number.isInteger(rating) && rating >= 0 && rating <= scale)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['model_prediction', 'human_rating'],
        message: `${rating} is not a whole number of points from 0 to ${scale} (the contest's scale)`,
      });
    }
  });

export type ImportFormat = 'auto' | 'imo25' | 'deepseek-outputs' | 'proofdesk-json';

export type ImportRecord =
  | { kind: 'review'; line: number; data: z.infer<typeof reviewRecordSchema> }
  | { kind: 'deepseek'; line: number; data: z.infer<typeof deepseekOutputSchema> };

/** A line that is not a valid record: its number, its id when it has one, what is wrong. */
export type RecordError = LineError;

/** The record's own id (`id`, DeepSeek's `problem_idx`), to name it in an error. */
function keyOf(value: unknown): { key?: string } {
  if (typeof value !== 'object' || value === null) return {};
  const v = value as { id?: unknown; problem_idx?: unknown };
  const key = v.id ?? v.problem_idx;
  return typeof key === 'string' || typeof key === 'number'
    ? { key: String(key).slice(0, 200) }
    : {};
}

function describeIssues(err: z.ZodError): string {
  return err.issues
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/** Reads one parsed JSONL line into a record of the expected (or detected) shape. */
export function readRecordValue(
  value: unknown,
  line: number,
  format: ImportFormat,
): ImportRecord | RecordError {
  const wantsDeepseek =
    format === 'deepseek-outputs' ||
    (format === 'auto' &&
      typeof value === 'object' &&
      value !== null &&
      'model_prediction' in value);
  if (wantsDeepseek) {
    const r = deepseekOutputSchema.safeParse(value);
    return r.success
      ? { kind: 'deepseek', line, data: r.data }
      : { line, ...keyOf(value), message: describeIssues(r.error) };
  }
  const r = reviewRecordSchema.safeParse(value);
  return r.success
    ? { kind: 'review', line, data: r.data }
    : { line, ...keyOf(value), message: describeIssues(r.error) };
}

/** One JSONL line (1-based `line`) parsed: its value, an error, or null when blank. */
export function parseRecordLine(
  raw: string,
  line: number,
): { value: unknown } | RecordError | null {
  if (!raw.trim()) return null;
  try {
    return { value: JSON.parse(raw) };
  } catch (err) {
    return { line, message: `not valid JSON (${(err as Error).message})` };
  }
}

/** One JSONL line (1-based `line`): a record, an error, or null when blank. */
export function readRecordLine(
  raw: string,
  line: number,
  format: ImportFormat,
): ImportRecord | RecordError | null {
  const parsed = parseRecordLine(raw, line);
  return parsed && 'value' in parsed ? readRecordValue(parsed.value, line, format) : parsed;
}

/** Records and errors, in line order, from what `readRecordLine` gave for each line. */
export function splitRecords(results: (ImportRecord | RecordError | null)[]) {
  const records: ImportRecord[] = [];
  const errors: RecordError[] = [];
  for (const out of results) {
    if (out && 'kind' in out) records.push(out);
    else if (out) errors.push(out);
  }
  return { records, errors };
}

/**
 * Splits a JSONL text into records; a malformed line becomes an error with its 1-based
 * line number (a real import then stores nothing unless asked to skip the bad lines).
 */
export function readRecords(text: string, format: ImportFormat = 'auto') {
  return splitRecords(text.split(/\r?\n/).map((raw, i) => readRecordLine(raw, i + 1, format)));
}

/** Why a bulk import stored nothing: every bad line, by number. */
export function refusalMessage(errors: RecordError[]): string {
  const shown = errors.slice(0, 5).map((e) => `${recordLabel(e)}: ${e.message}`);
  const more = errors.length > 5 ? `; and ${errors.length - 5} more` : '';
  return `Nothing was imported: ${errors.length} record(s) are invalid — ${shown.join('; ')}${more}. Fix them, or import the valid records only (skip invalid lines).`;
}
