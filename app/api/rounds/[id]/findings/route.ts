import { readJson } from '@/lib/http/body';
import { handle } from '@/lib/http/handle';
import { createFindingSchema } from '@/lib/schemas';
import { addPersonFinding } from '@/lib/sessions/person-findings';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/** A person's finding on lines of this round's proof: 201 with the finding. */
export const POST = handle(async (req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  const input = await readJson(req, createFindingSchema);
  return Response.json(await addPersonFinding(id, input), { status: 201 });
});
