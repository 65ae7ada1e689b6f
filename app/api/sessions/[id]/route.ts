import { readJson } from '@/lib/http/body';
import { handle } from '@/lib/http/handle';
import { MAX_PROBLEM_BYTES, updateSessionSchema } from '@/lib/schemas';
import { deleteSession, editSession, sessionDetail } from '@/lib/sessions/service';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

export const GET = handle(async (_req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  return Response.json(await sessionDetail(id));
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
