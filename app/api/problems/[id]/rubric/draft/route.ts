import { draftProblemRubric } from '@/lib/grading/rubric-service';
import { handle } from '@/lib/http/handle';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/**
 * The grader model drafts a rubric from the problem's reference solution and guidelines;
 * nothing is stored (the person edits the draft, then saves it with PUT). Closing the
 * request stops the model's.
 */
export const POST = handle(async (req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  return Response.json(await draftProblemRubric(id, req.signal));
});
