import { handle } from '@/lib/http/handle';
import { searchView } from '@/lib/search';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/** The pool, lineage and best proof of a search (polled by the live view). */
export const GET = handle(async (_req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  return Response.json(await searchView(id));
});
