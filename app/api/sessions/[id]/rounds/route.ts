import { readJson } from '@/lib/http/body';
import { handle } from '@/lib/http/handle';
import { MAX_PROOF_BYTES, writeRoundSchema } from '@/lib/schemas';
import { writeRoundByHand } from '@/lib/sessions/service';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/** The person's own proof as the session's next round → 201 with its id and findings. */
export const POST = handle(async (req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  // Room for JSON's escapes (a TeX proof's backslashes double): the proof's own limit speaks.
  const { proof } = await readJson(req, writeRoundSchema, MAX_PROOF_BYTES + 200_000);
  const saved = await writeRoundByHand(id, proof);
  return Response.json({ id: saved.roundId, saved: true, ...saved }, { status: 201 });
});
