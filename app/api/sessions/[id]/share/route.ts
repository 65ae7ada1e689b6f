import { handle } from '@/lib/http/handle';
import { sessionShares, shareSession } from '@/lib/share/service';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/** A new read-only link → `201 {token, url}`. */
export const POST = handle(async (_req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  return Response.json(await shareSession(id), { status: 201 });
});

/** The session's live links, newest first. */
export const GET = handle(async (_req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  return Response.json({ shares: await sessionShares(id) });
});
