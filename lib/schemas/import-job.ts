import { z } from 'zod';
import { reviewImportResultSchema } from './review';

/**
 * A web bulk import running on the server (`POST /api/review/import/jobs`), as the page polls
 * it: how far (records done of the file's non-blank lines), how fast, and about how long is
 * left; then its result, or why it failed (nothing is stored then: an import is all or nothing).
 */
export const importJobSchema = z.object({
  id: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  done: z.number(),
  total: z.number(),
  elapsedMs: z.number(),
  /** Records per second so far (0 until the first chunk is done). */
  perSec: z.number(),
  /** Seconds left at that rate; null until there is a rate. */
  etaSec: z.number().nullable(),
  error: z.string().nullable(),
  result: reviewImportResultSchema.nullable(),
});
export type ImportJob = z.infer<typeof importJobSchema>;
