import { getCandidate, searchVerificationTexts } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { handle } from '@/lib/http/handle';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string; cid: string }> };

/** One proof of a search's pool, with its verifications' reports. */
export const GET = handle(async (_req: Request, ctx: Ctx) => {
  const { id, cid } = await ctx.params;
  const c = await getCandidate(id, cid);
  if (!c) throw notFound('Proof');
  const reports = await searchVerificationTexts({ candidateId: cid });
  return Response.json({
    id: c.id,
    ordinal: c.ordinal,
    proof: c.proof,
    selfScore: c.selfScore,
    verifications: reports.map((r) => ({
      id: r.id,
      score: r.score,
      failed: r.failed,
      text: r.text,
    })),
  });
});
