import { readJson } from '@/lib/http/body';
import { handle } from '@/lib/http/handle';
import { openCandidateSchema } from '@/lib/schemas';
import { openCandidateAsRound } from '@/lib/search';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/** "Open as round": a proof of the pool (the best by default) becomes a session round. */
export const POST = handle(async (req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  const { candidateId } = await readJson(req, openCandidateSchema);
  return Response.json(await openCandidateAsRound(id, candidateId), { status: 201 });
});
