import 'server-only';
import { lastRunSeq, persistRunProgress } from '@/lib/db';
import type { Run } from '@/lib/schemas';
import { storeDraft } from './kinds/store-draft';

/**
 * Ends a run whose executor is gone (this server before a restart, or another instance that
 * died): `interrupted`, its persisted text kept, and a draft stored in its round (marked
 * truncated) so nothing received is lost. The status goes into the event log too, so every
 * reader's stream ends with it.
 */
export async function interruptRun(run: Run, message: string): Promise<void> {
  const seq = (await lastRunSeq(run.id)) + 1;
  await persistRunProgress({
    runId: run.id,
    events: [{ seq, event: { type: 'status', status: 'interrupted', error: message } }],
    text: run.text,
    reasoning: run.reasoning,
    status: 'interrupted',
    patch: { error: message, finishedAt: Date.now() },
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
