import { handle } from '@/lib/http/handle';
import { revokeShare } from '@/lib/share/service';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ token: string }> };

/** Revokes a share link: its page answers 404 from now on. */
export const DELETE = handle(async (_req: Request, ctx: Ctx) => {
  const { token } = await ctx.params;
  await revokeShare(token);
  return new Response(null, { status: 204 });
});
