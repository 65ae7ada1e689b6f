import 'server-only';
import { completeRoundDraft, deleteEmptyRound, getRound } from '@/lib/db';
import { checkRoundQuietly } from '@/lib/findings/check-round';
import { parseGeneration } from '@/lib/parse/generation';
import type { StoredDraft } from '@/lib/schemas';
import type { RunOutcome } from '../plan';

/**
 * Stores a generated or refined draft in its round: the proof apart from the
 * self-evaluation and its score. A partial draft (stopped, failed, cut) is kept and marked
 * truncated; a round that received nothing at all is removed.
 */
export async function storeDraft(
  roundId: string,
  outcome: RunOutcome,
): Promise<StoredDraft | null> {
  if (!outcome.text.trim() && outcome.status !== 'succeeded') {
    await deleteEmptyRound(roundId);
    return null;
  }
  const parsed = parseGeneration(outcome.text);
  await completeRoundDraft(roundId, {
    proof: parsed.proof,
    selfEvaluation: parsed.selfEvaluation,
    selfScore: parsed.selfScore,
    truncated: outcome.status !== 'succeeded' || outcome.finishReason === 'length',
  });
  // The draft has settled: the deterministic checker reads it now (issue 16).
  await checkRoundQuietly(roundId);
  const round = await getRound(roundId);
  return { roundId, proof: parsed.proof, ...(round ? { round } : {}) };
}
