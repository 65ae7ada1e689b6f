import 'server-only';
import { lastRunSeq, persistRunProgress } from '@/lib/db';
import type { Run, StoredDraft } from '@/lib/schemas';
import { storeDraft } from './kinds/store-draft';

/**
 * Ends a run whose executor is gone (this server before a restart, or another instance that
 * died): `interrupted`, its persisted text kept, and a draft stored in its round (marked
 * truncated) so nothing received is lost. The status goes into the event log too, so every
 * reader's stream ends with it.
 *
 * The draft is stored first and sent with the status, as a run that ends by itself does: a
 * reader who refetched the session on the status alone could read the round still empty,
 * and its editor would stay empty.
 */
export async function interruptRun(run: Run, message: string): Promise<void> {
  // A part rewrite (nodeId) reads its round and writes none until it splices: nothing to keep.
  let draft: StoredDraft | null = null;
  if ((run.kind === 'generate' || run.kind === 'refine') && run.roundId && !run.nodeId) {
    draft = await storeDraft(run.roundId, {
      status: 'interrupted',
      text: run.text,
      reasoning: run.reasoning,
      finishReason: null,
    });
  }
  const seq = (await lastRunSeq(run.id)) + 1;
  await persistRunProgress({
    runId: run.id,
    events: [
      {
        seq,
        event: {
          type: 'status',
          status: 'interrupted',
          error: message,
          ...(draft ? { draft } : {}),
        },
      },
    ],
    text: run.text,
    reasoning: run.reasoning,
    status: 'interrupted',
    patch: { error: message, finishedAt: Date.now() },
  });
}
