import { z } from 'zod';
import { queryFlag } from './library';

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
export type ReviewImportPreview = {
  line: number;
  id: string;
  title: string;
  score: number | null;
  findings: number;
  anchored: number;
  hasReference: boolean;
  sessionId: string | null;
};

export type ReviewImportResult = {
  dryRun: boolean;
  batchId: string | null;
  records: ReviewImportPreview[];
  errors: { line: number; message: string }[];
};

/** Filters of the review queue: by verifier score band and by open findings. */
export const scoreFilterSchema = z.enum(['any', 'pass', 'partial', 'fail', 'below1', 'unscored']);
export type ScoreFilter = z.infer<typeof scoreFilterSchema>;

export const reviewQuerySchema = z.object({
  batch: z.string().trim().max(100).optional(),
  score: scoreFilterSchema.default('any'),
  unresolved: z
    .enum(['1', '0', 'true', 'false'])
    .optional()
    .transform((v) => v === '1' || v === 'true'),
});
export type ReviewQuery = z.infer<typeof reviewQuerySchema>;

export type ReviewItem = {
  sessionId: string;
  title: string;
  externalId: string;
  batchId: string | null;
  score: number | null;
  findings: number;
  unresolved: number;
  autoPoints: number | null;
  humanPoints: number | null;
  createdAt: number;
};
