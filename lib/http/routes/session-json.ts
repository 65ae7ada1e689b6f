import 'server-only';
import { conditionalJson } from '@/lib/http/conditional-json';
import { handle } from '@/lib/http/handle';
import { sessionJson } from '@/lib/sessions/session-json';

/**
 * GET /api/sessions/:id — the session's JSON; 304 when the client's copy (its
 * `If-None-Match`) is still current. Answered by the app's route file and the fast path.
 */
export const sessionJsonResponse = handle(async (req: Request, id: string) => {
  const { json, etag } = await sessionJson(id);
  return conditionalJson(req, json, etag);
});
