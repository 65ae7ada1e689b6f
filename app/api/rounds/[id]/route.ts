import { readJson } from '@/lib/http/body';
import { handle } from '@/lib/http/handle';
import { MAX_PROOF_BYTES, updateRoundSchema } from '@/lib/schemas';
import { editRoundProof } from '@/lib/sessions/service';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

export const PATCH = handle(async (req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  const { proof, placements, base } = await readJson(
    req,
    updateRoundSchema,
    MAX_PROOF_BYTES + 200_000,
  );
  const result = await editRoundProof(id, proof, placements, base);
  // `roundId` is where the edit landed: a new round when the edited one was verified.
  return Response.json({ id, saved: true, ...result });
});
