import { handle } from '@/lib/http/handle';
import { libraryProblem } from '@/lib/library/service';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/** One problem with its reference solution and grading guidelines. */
export const GET = handle(async (_req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  return Response.json(await libraryProblem(id));
});
