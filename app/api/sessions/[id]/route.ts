import { readJson } from '@/lib/http/body';
import { conditionalJson } from '@/lib/http/conditional-json';
import { handle } from '@/lib/http/handle';
import { MAX_PROBLEM_BYTES, updateSessionSchema } from '@/lib/schemas';
import { deleteSession, editSession, sessionDetail } from '@/lib/sessions/service';
import { sessionJson } from '@/lib/sessions/session-json';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/** The session's JSON; 304 when the client's copy (its `If-None-Match`) is still current. */
export const GET = handle(async (req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  const { json, etag } = await sessionJson(id);
  return conditionalJson(req, json, etag);
});

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
