import { removeHumanGrade, sessionGrade, setHumanGrade } from '@/lib/grading/service';
import { readJson } from '@/lib/http/body';
import { handle } from '@/lib/http/handle';
import { humanGradeInputSchema } from '@/lib/schemas';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

export const GET = handle(async (_req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  return Response.json(await sessionGrade(id));
});

/** `{points, rationale}`: the person's grade; the automatic one is kept beside it. */
export const PUT = handle(async (req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  const input = await readJson(req, humanGradeInputSchema);
  return Response.json(await setHumanGrade(id, input));
});

export const DELETE = handle(async (_req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  return Response.json(await removeHumanGrade(id));
});
