import { handle } from '@/lib/http/handle';
import { outlineOfRound } from '@/lib/sessions/outline';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/** The round's proof as a tree: nodes with citations and rolled-up findings, dangling labels. */
export const GET = handle(async (_req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  return Response.json(await outlineOfRound(id));
});
