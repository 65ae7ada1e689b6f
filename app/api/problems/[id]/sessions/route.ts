import { handle } from '@/lib/http/handle';
import { startSessionFromProblem } from '@/lib/library/service';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/** A new session on this problem, graded later against its reference → `201 {id}`. */
export const POST = handle(async (_req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  return Response.json({ id: await startSessionFromProblem(id) }, { status: 201 });
});
