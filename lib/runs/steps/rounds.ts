import 'server-only';
import { getRoundRow, latestRoundRow, type RoundRow } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';

/** The round a run works on: the one named, else the session's latest, with a proof. */
export async function roundToWorkOn(sessionId: string, roundId?: string): Promise<RoundRow> {
  const round = roundId ? await getRoundRow(roundId) : await latestRoundRow(sessionId);
  if (!round || round.sessionId !== sessionId) {
    throw roundId ? notFound('Round') : new AppError('conflict', 'Generate a draft first.');
  }
  if (!round.proof.trim()) throw new AppError('conflict', 'There is no proof in this round yet.');
  return round;
}
