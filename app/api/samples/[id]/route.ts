import { getSampleRow } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { handle } from '@/lib/http/handle';
import type { SampleDetail } from '@/lib/schemas';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/** One verifier sample's full report (and its meta-verification), fetched when opened. */
export const GET = handle(async (_req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  const s = await getSampleRow(id);
  if (!s) throw notFound('Sample');
  const body: SampleDetail = {
    id: s.id,
    index: s.idx,
    score: s.score,
    text: s.text,
    reasoning: s.reasoning,
    error: s.error,
    metaScore: s.metaScore,
    metaText: s.metaText ?? (s.metaError ? `(${s.metaError})` : null),
    metaReasoning: s.metaReasoning,
  };
  return Response.json(body);
});
