import { getSession } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { handle } from '@/lib/http/handle';
import { sessionUsage } from '@/lib/runs';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/** Tokens, time and cost per run, per round and for the session. */
export const GET = handle(async (_req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  if (!(await getSession(id))) throw notFound('Session');
  return Response.json(await sessionUsage(id));
});
