import { handle } from '@/lib/http/handle';
import { resumeSearch } from '@/lib/search';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/** Continues a paused search from its persisted steps, as a new run. */
export const POST = handle(async (_req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  const run = await resumeSearch(id);
  return Response.json({ runId: run.id }, { status: 202 });
});
