import { z } from 'zod';

export const shareSchema = z.object({
  token: z.string(),
  /** A path on this server (`/s/<token>`); the browser adds its own origin. */
  url: z.string(),
  createdAt: z.number(),
});
export type Share = z.infer<typeof shareSchema>;

/** Share tokens are base64url of 128 random bits or more. */
export const shareTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/, 'not a share token');

/** `GET /api/sessions/:id/share`: the session's live links, newest first. */
export const shareListSchema = z.object({ shares: z.array(shareSchema) });
export type ShareList = z.infer<typeof shareListSchema>;
