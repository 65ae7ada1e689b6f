import { getSession, listSessionSearches } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { handle } from '@/lib/http/handle';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/** The session's searches, newest first (the live view follows the newest). */
export const GET = handle(async (_req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  if (!(await getSession(id))) throw notFound('Session');
  const searches = (await listSessionSearches(id))
    .map((s) => ({ id: s.id, status: s.status, createdAt: s.createdAt }))
    .reverse();
  return Response.json({ searches });
});
