import { z } from 'zod';
import { listQuerySchema, pageInfoSchema } from './list-query';
import { rubricSchema } from './rubric';

/** Where a library problem came from: written by us, or imported from a problem set. */
export const problemOriginSchema = z.enum(['builtin', 'import']);

/** A problem as a problem set describes it, before it is stored. */
export const problemInputSchema = z.object({
  key: z.string().trim().max(200).optional(),
  statement: z.string().trim().min(1, 'the problem statement is empty'),
  solution: z.string().default(''),
  guidelines: z.string().default(''),
  shortAnswer: z.string().default(''),
  category: z.string().trim().max(200).default(''),
  level: z.string().trim().max(200).default(''),
  source: z.string().trim().max(500).default(''),
  /** A rubric imported with the set (a `rubric` object, or a `checkpoints` column). */
  rubric: rubricSchema.optional(),
});
export type ProblemInput = z.infer<typeof problemInputSchema>;

/** What a list shows: no reference solution, so a long list stays small. */
export const problemSummarySchema = z.object({
  id: z.string(),
  key: z.string().nullable(),
  statement: z.string(),
  source: z.string(),
  level: z.string(),
  category: z.string(),
  origin: problemOriginSchema,
  hasSolution: z.boolean(),
  hasGuidelines: z.boolean(),
});
export type ProblemSummary = z.infer<typeof problemSummarySchema>;

export const problemSchema = problemSummarySchema.extend({
  solution: z.string(),
  guidelines: z.string(),
  shortAnswer: z.string(),
  createdAt: z.number(),
});
export type Problem = z.infer<typeof problemSchema>;

/** The shared list query (`q`, `order`, `cursor`, `limit`) plus the library's facets. */
export const problemQuerySchema = listQuerySchema.extend({
  source: z.string().trim().max(500).optional(),
  level: z.string().trim().max(200).optional(),
  category: z.string().trim().max(200).optional(),
});
export type ProblemQuery = z.infer<typeof problemQuerySchema>;

export const problemFacetsSchema = z.object({
  sources: z.array(z.string()),
  levels: z.array(z.string()),
  categories: z.array(z.string()),
});
export type ProblemFacets = z.infer<typeof problemFacetsSchema>;

/** `GET /api/problems`: the matching problems, how many match in all, and the filters. */
export const problemListSchema = pageInfoSchema.extend({
  problems: z.array(problemSummarySchema),
  facets: problemFacetsSchema,
});
export type ProblemList = z.infer<typeof problemListSchema>;

/**
 * A record of an import that cannot be stored, and why: its line (CSV, JSON Lines) or its
 * 1-based position in a JSON list (`unit: 'item'`), and its id when it has one.
 */
export const lineErrorSchema = z.object({
  line: z.number().int(),
  unit: z.enum(['line', 'item']).optional(),
  key: z.string().optional(),
  message: z.string(),
});
export type LineError = z.infer<typeof lineErrorSchema>;

/** "line 3 (PB-Basic-003)", "item 2": how a message names a record. */
export function recordLabel(e: Pick<LineError, 'line' | 'unit' | 'key'>): string {
  return `${e.unit ?? 'line'} ${e.line}${e.key ? ` (${e.key})` : ''}`;
}

/** What an import stored, and the invalid records it skipped because the person chose to. */
export const problemImportResultSchema = z.object({
  imported: z.number().int(),
  errors: z.array(lineErrorSchema),
});
export type ProblemImportResult = z.infer<typeof problemImportResultSchema>;

/**
 * Why an import stored nothing (the `details` of its 400): every invalid record, and how many
 * are valid, so the person can choose to import only those (`?skipInvalid=1`).
 */
export const importRefusalSchema = z.object({
  errors: z.array(lineErrorSchema),
  valid: z.number().int(),
});
export type ImportRefusal = z.infer<typeof importRefusalSchema>;

/** `1`/`true` or `0`/`false` in a query string. */
export const queryFlag = z
  .enum(['1', '0', 'true', 'false'])
  .optional()
  .transform((v) => v === '1' || v === 'true');

export const problemImportQuerySchema = z.object({
  /** Store the valid records and skip the invalid ones (by default one refuses them all). */
  skipInvalid: queryFlag,
});

/** Problem sets are text files of modest size; the ProofBench CSV is under 200 kB. */
export const MAX_PROBLEM_IMPORT_BYTES = 5_000_000;
