import { z } from 'zod';
import { lineErrorSchema, queryFlag } from './library';
import { listQuerySchema, pageInfoSchema } from './list-query';

/** Bulk review imports: JSONL of `{problem, proof, report?}` or DeepSeekMath-V2 records. */
export const MAX_REVIEW_IMPORT_BYTES = 20_000_000;

export const reviewImportFormatSchema = z.enum([
  'auto',
  'imo25',
  'deepseek-outputs',
  'proofdesk-json',
]);

export const reviewImportQuerySchema = z.object({
  format: reviewImportFormatSchema.default('auto'),
  dryRun: queryFlag,
  /** Import the valid records and skip invalid lines (by default one bad line refuses all). */
  skipInvalid: queryFlag,
});

/** What one record will create (dry run) or created. */
export const reviewImportPreviewSchema = z.object({
  line: z.number(),
  id: z.string(),
  title: z.string(),
  score: z.number().nullable(),
  findings: z.number(),
  anchored: z.number(),
  hasReference: z.boolean(),
  sessionId: z.string().nullable(),
});
export type ReviewImportPreview = z.infer<typeof reviewImportPreviewSchema>;

export const reviewImportResultSchema = z.object({
  dryRun: z.boolean(),
  batchId: z.string().nullable(),
  records: z.array(reviewImportPreviewSchema),
  errors: z.array(lineErrorSchema),
});
export type ReviewImportResult = z.infer<typeof reviewImportResultSchema>;

/** Filters of the review queue: by verifier score band and by open findings. */
export const scoreFilterSchema = z.enum(['any', 'pass', 'partial', 'fail', 'below1', 'unscored']);
export type ScoreFilter = z.infer<typeof scoreFilterSchema>;

/** The shared list query (`q`, `order`, `cursor`, `limit`), in import order, plus filters. */
export const reviewQuerySchema = listQuerySchema.extend({
  batch: z.string().trim().max(100).optional(),
  score: scoreFilterSchema.default('any'),
  // From a query string ('1', 'true') or already parsed (a boolean): parsing twice is harmless.
  unresolved: z
    .union([z.boolean(), z.enum(['1', '0', 'true', 'false'])])
    .optional()
    .transform((v) => v === true || v === '1' || v === 'true'),
});
export type ReviewQuery = z.infer<typeof reviewQuerySchema>;

export const reviewItemSchema = z.object({
  sessionId: z.string(),
  title: z.string(),
  externalId: z.string(),
  batchId: z.string().nullable(),
  score: z.number().nullable(),
  findings: z.number(),
  unresolved: z.number(),
  autoPoints: z.number().nullable(),
  humanPoints: z.number().nullable(),
  /** The human grade's scale: 7, or 10 for an imported Putnam grade. */
  humanMaxPoints: z.number().nullable(),
  createdAt: z.number(),
});
export type ReviewItem = z.infer<typeof reviewItemSchema>;

/** `GET /api/review`: one page of the queue, in order. */
export const reviewQueueSchema = pageInfoSchema.extend({ items: z.array(reviewItemSchema) });
export type ReviewQueue = z.infer<typeof reviewQueueSchema>;
