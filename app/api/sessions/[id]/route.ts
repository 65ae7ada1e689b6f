import { readJson } from '@/lib/http/body';
import { provideFastHandler } from '@/lib/http/fast/handlers';
import { SESSION_JSON } from '@/lib/http/fast/route-table';
import { handle } from '@/lib/http/handle';
import { sessionJsonResponse } from '@/lib/http/routes/session-json';
import { MAX_PROBLEM_BYTES, updateSessionSchema } from '@/lib/schemas';
import { deleteSession, editSession, sessionDetail } from '@/lib/sessions/service';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/** The session's JSON, or 304 (lib/http/routes/session-json). */
export const GET = async (req: Request, ctx: Ctx) =>
  sessionJsonResponse(req, (await ctx.params).id);

// Readers' requests for it skip Next's per-request machinery, through this module (lib/http/fast).
provideFastHandler(SESSION_JSON, (req, [id]) => sessionJsonResponse(req, id));

export const PATCH = handle(async (req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  const patch = await readJson(req, updateSessionSchema, MAX_PROBLEM_BYTES + 10_000);
  await editSession(id, patch);
  return Response.json(await sessionDetail(id));
});

/** Deletes the session and all it holds → 204; 409 while one of its runs is going. */
export const DELETE = handle(async (_req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  await deleteSession(id);
  return new Response(null, { status: 204 });
});
