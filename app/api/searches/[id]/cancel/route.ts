import { handle } from '@/lib/http/handle';
import { cancelSearch } from '@/lib/search';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

export const POST = handle(async (_req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  await cancelSearch(id);
  return Response.json({ id, ok: true });
});
