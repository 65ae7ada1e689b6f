import 'server-only';
import { roleConfig } from '@/lib/config/models';
import { runtimeConfig } from '@/lib/config/runtime';
import { streamChat } from '@/lib/model/client';
import { ModelError } from '@/lib/model/errors';
import type { TokenUsage } from '@/lib/model/types';
import type { ActiveRun } from './active-run';
import type { RunOutcome, RunPlan } from './plan';
import { releaseRun } from './registry';
import { writeFailureMessage } from './write-failure';

const LENGTH_MESSAGE =
  'The model stopped at its length limit (max_tokens) before finishing; the partial output is kept but is incomplete.';

function describeError(err: unknown): string {
  if (err instanceof ModelError || err instanceof Error) return err.message;
  return String(err);
}

/** Streams one run from the model into its event log, then lets its plan store the result. */
export async function executeRun(active: ActiveRun, plan: RunPlan): Promise<void> {
  try {
    await streamAndStore(active, plan);
  } finally {
    releaseRun(active.run);
    active.dispose();
  }
}

async function streamAndStore(active: ActiveRun, plan: RunPlan): Promise<void> {
  const rt = runtimeConfig();
  active.emit({ type: 'status', status: 'running' });
  // A failure is kept in `active.writeFailure` and aborts the run: handled below.
  await active.persist({ status: 'running', patch: { startedAt: Date.now() } }).catch(() => {});
  let status: RunOutcome['status'] = 'succeeded';
  let error: string | null = null;
  let finishReason: string | null = null;
  let usage: TokenUsage | null = null;
  try {
    const result = await streamChat({
      config: roleConfig(plan.role),
      messages: plan.messages,
      signal: active.abort.signal,
      onDelta: (d) => active.push(d),
      onRetry: (r) => active.emit({ type: 'retry', ...r }),
      onReplace: (f) => active.emit({ type: 'replace', text: f.text, reasoning: f.reasoning }),
      idleTimeoutMs: rt.idleTimeoutMs,
      deadlineMs: rt.deadlineMs,
      maxRetries: rt.maxRetries,
      retryBaseMs: rt.retryBaseMs,
    });
    finishReason = result.finishReason;
    usage = result.usage;
    if (finishReason === 'length') {
      status = 'failed';
      error = LENGTH_MESSAGE;
    }
  } catch (err) {
    const aborted = active.abort.signal.aborted && !active.writeFailure;
    status = aborted ? 'stopped' : 'failed';
    error = aborted ? null : describeError(err);
  }
  if (active.writeFailure) {
    status = 'failed';
    error = writeFailureMessage(active.writeFailure);
  }
  active.flushPending();
  try {
    await plan.finalize({ status, text: active.text, reasoning: active.reasoning, finishReason });
  } catch (err) {
    console.error('[proofdesk] storing run result failed', err);
    status = 'failed';
    error = `The model answered, but its result could not be stored: ${describeError(err)}`;
  }
  if (usage) active.emit({ type: 'usage', usage });
  active.emit({ type: 'status', status, error, finishReason });
  await active.persistLast({
    status,
    patch: { error, finishReason, usage, finishedAt: Date.now() },
  });
}
