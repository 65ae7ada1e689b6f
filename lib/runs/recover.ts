import 'server-only';
import {
  completeRoundDraft,
  deleteEmptyRound,
  lastRunSeq,
  listUnfinishedRuns,
  persistRunProgress,
} from '@/lib/db';
import { parseGeneration } from '@/lib/parse/generation';

const MESSAGE =
  'The server stopped while this run was in progress; the text received until then is kept.';

/**
 * At start-up, runs a crash left `queued`/`running` become `interrupted`, their persisted
 * text kept; drafts are stored in their rounds (marked truncated) so nothing is lost.
 */
export async function recoverInterruptedRuns(): Promise<number> {
  const stale = await listUnfinishedRuns();
  for (const run of stale) {
    const seq = (await lastRunSeq(run.id)) + 1;
    await persistRunProgress({
      runId: run.id,
      events: [{ seq, event: { type: 'status', status: 'interrupted', error: MESSAGE } }],
      text: run.text,
      reasoning: run.reasoning,
      status: 'interrupted',
      patch: { error: MESSAGE, finishedAt: Date.now() },
    });
    if ((run.kind === 'generate' || run.kind === 'refine') && run.roundId && run.text.trim()) {
      const parsed = parseGeneration(run.text);
      await completeRoundDraft(run.roundId, {
        proof: parsed.proof,
        selfEvaluation: parsed.selfEvaluation,
        selfScore: parsed.selfScore,
        truncated: true,
      });
    } else if (run.roundId && (run.kind === 'generate' || run.kind === 'refine')) {
      await deleteEmptyRound(run.roundId);
    }
  }
  return stale.length;
}
