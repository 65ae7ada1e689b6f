import 'server-only';
import { verificationsForRounds } from '@/lib/db';
import { assembleVerification } from './assemble';
import { scoreEvidence } from './score-evidence';
import { verificationSettings } from './settings';

/**
 * What stands behind each round's verifier score, in words (`scoreEvidence`), for the views
 * that have no verification data of their own (share, print, replay).
 */
export async function roundScoreNotes(
  sessionId: string,
  rounds: { id: string; score: number | null }[],
): Promise<Map<string, string>> {
  const { minConfirmed } = await verificationSettings(sessionId);
  const found = await verificationsForRounds(rounds.map((r) => r.id));
  const byRound = new Map(found.map((v) => [v.verification.roundId, v]));
  const notes = new Map<string, string>();
  for (const r of rounds) {
    if (r.score === null) continue;
    const v = byRound.get(r.id);
    const view = v
      ? assembleVerification(v.verification, v.samples, v.wordings, v.support, minConfirmed).view
      : null;
    notes.set(r.id, scoreEvidence(r.score, view).text);
  }
  return notes;
}
