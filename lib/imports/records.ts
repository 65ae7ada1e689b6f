import { z } from 'zod';

/** `{id?, problem, proof, report?}`: a proof and (optionally) a verifier's report on it. */
export const reviewRecordSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  problem: z.string().min(1, 'problem is empty'),
  proof: z.string().min(1, 'proof is empty'),
  report: z.string().optional().nullable(),
  title: z.string().optional(),
});

/** A DeepSeekMath-V2 output record (its `outputs/*.jsonl`). */
export const deepseekOutputSchema = z.object({
  question: z.string().min(1),
  problem_idx: z.union([z.string(), z.number()]).optional(),
  source: z.string().optional(),
  model_prediction: z.object({
    proof: z.string().min(1),
    average_automatic_rating: z.number().nullable().optional(),
    human_rating: z.number().nullable().optional(),
  }),
});

export type ImportFormat = 'auto' | 'imo25' | 'deepseek-outputs' | 'proofdesk-json';

export type ImportRecord =
  | { kind: 'review'; line: number; data: z.infer<typeof reviewRecordSchema> }
  | { kind: 'deepseek'; line: number; data: z.infer<typeof deepseekOutputSchema> };

export type RecordError = { line: number; message: string };

function describeIssues(err: z.ZodError): string {
  return err.issues
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/** Reads one JSONL line into a record of the expected (or detected) shape. */
function readLine(value: unknown, line: number, format: ImportFormat): ImportRecord | RecordError {
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
      : { line, message: describeIssues(r.error) };
  }
  const r = reviewRecordSchema.safeParse(value);
  return r.success
    ? { kind: 'review', line, data: r.data }
    : { line, message: describeIssues(r.error) };
}

/** One JSONL line (1-based `line`): a record, an error, or null when blank. */
export function readRecordLine(
  raw: string,
  line: number,
  format: ImportFormat,
): ImportRecord | RecordError | null {
  if (!raw.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    return { line, message: `not valid JSON (${(err as Error).message})` };
  }
  return readLine(value, line, format);
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
  const shown = errors.slice(0, 5).map((e) => `line ${e.line}: ${e.message}`);
  const more = errors.length > 5 ? `; and ${errors.length - 5} more` : '';
  return `Nothing was imported: ${errors.length} record(s) are invalid — ${shown.join('; ')}${more}. Fix them, or import the valid records only (skip invalid lines).`;
}
