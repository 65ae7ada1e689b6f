import { z } from 'zod';
// Imported directly as well as through the index: zod is configured for the browser first.
import './zod-config';

/**
 * Every API error answers `{error: {code, message}}` (lib/http): `code` is stable for programs
 * (`not_found`, `conflict`, `payload_too_large`, …), `message` is written for people.
 */
export const apiErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** Safe facts for a UI that offers a way on (a refused import's invalid records). */
    details: z.unknown().optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
