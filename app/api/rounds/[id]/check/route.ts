import { checkRound, storedRelations } from '@/lib/findings/check-round';
import { handle } from '@/lib/http/handle';

export const dynamic = 'force-dynamic';
type Ctx = { params: Promise<{ id: string }> };

/**
 * Runs the deterministic checker on this round's proof (issue 16):
 * `{findings, stats: {relations, holds, false, skipped}}`, the findings as stored (source
 * `checker`, with their decisions).
 */
export const POST = handle(async (_req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  return Response.json(await checkRound(id));
});

/**
 * The round's last check, as stored: `{stats, relations: [{line, text, verdict, witness?,
 * reason?}], checkedAt}`; 404 if it was never checked.
 */
export const GET = handle(async (_req: Request, ctx: Ctx) => {
  const { id } = await ctx.params;
  return Response.json(await storedRelations(id));
});
