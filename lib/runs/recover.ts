import 'server-only';
import {
  deleteEmptyRound,
  emptyRoundsOfInterrupted,
  lastRunSeq,
  listUnfinishedRuns,
  persistRunProgress,
} from '@/lib/db';
import { storeDraft } from './kinds/store-draft';

const MESSAGE =
  'The server stopped while this run was in progress; the text received until then is kept.';

/**
 * At start-up, runs a crash left `queued`/`running` become `interrupted`, their persisted
 * text kept; drafts are stored in their rounds (marked truncated) so nothing is lost, and
 * rounds an autopilot was about to write (still empty) are removed. Searches resume on top
 * of this (lib/search), once their old runs are marked interrupted.
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
    // A part rewrite (nodeId) reads its round and writes none until it splices: nothing to keep.
    if ((run.kind === 'generate' || run.kind === 'refine') && run.roundId && !run.nodeId) {
      await storeDraft(run.roundId, {
        status: 'interrupted',
        text: run.text,
        reasoning: run.reasoning,
        finishReason: null,
      });
    }
  }
  for (const id of await emptyRoundsOfInterrupted('autopilot')) await deleteEmptyRound(id);
  return stale.length;
}
