import 'server-only';
import { getRound } from '@/lib/db';
import { notFound } from '@/lib/errors';
import type { RoundOutline } from '@/lib/schemas';
import { isVerified, roundOutline } from '@/lib/structure/round-outline';

/** `GET /api/rounds/:id/outline`: the round's proof as a tree, findings rolled up per node. */
export async function outlineOfRound(roundId: string): Promise<RoundOutline> {
  const round = await getRound(roundId);
  if (!round) throw notFound('Round');
  return roundOutline(
    round.proof,
    round.findings,
    isVerified(round),
    undefined,
    round.partScores ?? {},
  );
}
