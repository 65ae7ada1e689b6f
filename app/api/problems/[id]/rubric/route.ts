import {
  problemRubric,
  removeProblemRubric,
  saveProblemRubric,
} from '@/lib/grading/rubric-service';
import { readJson } from '@/lib/http/body';
import { handle } from '@/lib/http/handle';
import { rubricSchema } from '@/lib/schemas';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/** The problem's rubric, `{problemId, rubric: null}` when it has none. */
export const GET = handle(async (_req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  return Response.json(await problemRubric(id));
});

/**
 * `{checkpoints: [{id, text, points}], zeroCredit: [string], deductions: [{id, text, points}]}`
 * → 200 with the stored rubric; 400 when the checkpoints add up to more than 7.
 */
export const PUT = handle(async (req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  const rubric = await readJson(req, rubricSchema);
  return Response.json(await saveProblemRubric(id, rubric));
});

/** Removes the rubric (200 with `rubric: null`); grades keep the copy they were given under. */
export const DELETE = handle(async (_req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  return Response.json(await removeProblemRubric(id));
});
