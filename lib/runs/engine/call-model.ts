import 'server-only';
import { ModelConfigError, roleConfig } from '@/lib/config/models';
import { runtimeConfig } from '@/lib/config/runtime';
import { recordModelCall, recordRunPrompt } from '@/lib/db';
import { streamChat } from '@/lib/model/client';
import { ModelError } from '@/lib/model/errors';
import { endpointLimiter } from '@/lib/model/limiter';
import type { ChatMessage, ModelRole, RetryInfo, StreamDelta, TokenUsage } from '@/lib/model/types';
import type { PromptUse } from '@/lib/prompts/build';
import { slotWaitChanged } from './slot-waits';

/** Why a request that ended at the model's length limit counts as failed. */
export const LENGTH_MESSAGE =
  'The model stopped at its length limit (max_tokens) before finishing; the partial output is kept but is incomplete.';

export type CallSpec = {
  role: ModelRole;
  messages: ChatMessage[];
  /** The prompt set and template the messages were made from (recorded with the run). */
  prompt: PromptUse;
  /** What the request is for, in the usage records: verify, meta-verify, refine, search-…. */
  purpose: string;
  roundId: string | null;
  onDelta?: (delta: StreamDelta) => void;
  /** A retry is about to happen (shown to the person watching the stream). */
  onRetry?: (retry: RetryInfo) => void;
  /** A retry restarted the answer: what was streamed so far is replaced by this. */
  onReplace?: (text: { text: string; reasoning: string }) => void;
};

export type CallOutcome = {
  status: 'succeeded' | 'failed' | 'stopped';
  text: string;
  reasoning: string;
  usage: TokenUsage | null;
  finishReason: string | null;
  error: string | null;
  startedAt: number;
  finishedAt: number;
};

/**
 * One model request of a run: waits for a slot of the endpoint's concurrency
 * limit, streams with the engine's timeouts and retries, and records its tokens and time.
 * Never throws for a model failure: the outcome says `failed` (or `stopped`) with the reason.
 */
export async function callModel(
  owner: { runId: string; sessionId: string },
  spec: CallSpec,
  signal: AbortSignal,
): Promise<CallOutcome> {
  const startedAt = Date.now();
  await recordRunPrompt({
    ...owner,
    roundId: spec.roundId,
    role: spec.role,
    purpose: spec.prompt.purpose,
    setName: spec.prompt.set,
    templateHash: spec.prompt.templateHash,
    parser: spec.prompt.parser,
    messages: spec.messages,
  });
  const base = { text: '', reasoning: '', usage: null, finishReason: null, startedAt };
  let config: ReturnType<typeof roleConfig>;
  try {
    config = roleConfig(spec.role);
  } catch (err) {
    if (!(err instanceof ModelConfigError)) throw err;
    return { ...base, status: 'failed', error: err.message, finishedAt: Date.now() };
  }
  let release: () => void;
  let waited = false;
  try {
    release = await endpointLimiter(config.baseURL).acquire(signal, () => {
      waited = true;
      slotWaitChanged(owner.runId, 1);
    });
  } catch {
    return { ...base, status: 'stopped', error: null, finishedAt: Date.now() };
  } finally {
    if (waited) slotWaitChanged(owner.runId, -1);
  }
  const began = Date.now();
  let outcome: CallOutcome;
  try {
    const rt = runtimeConfig();
    const result = await streamChat({
      config,
      messages: spec.messages,
      signal,
      onDelta: spec.onDelta ?? (() => {}),
      onRetry: spec.onRetry,
      onReplace: spec.onReplace,
      idleTimeoutMs: rt.idleTimeoutMs,
      eagerReadMs: rt.eagerReadMs,
      deadlineMs: rt.deadlineMs,
      maxRetries: rt.maxRetries,
      retryBaseMs: rt.retryBaseMs,
    });
    const cut = result.finishReason === 'length';
    outcome = {
      ...base,
      ...result,
      startedAt: began,
      status: cut ? 'failed' : 'succeeded',
      error: cut ? LENGTH_MESSAGE : null,
      finishedAt: Date.now(),
    };
  } catch (err) {
    const partial = err instanceof ModelError ? err.partial : null;
    outcome = {
      ...base,
      text: partial?.text ?? '',
      reasoning: partial?.reasoning ?? '',
      startedAt: began,
      status: signal.aborted ? 'stopped' : 'failed',
      error: signal.aborted ? null : err instanceof Error ? err.message : String(err),
      finishedAt: Date.now(),
    };
  } finally {
    release();
  }
  await recordModelCall({
    ...owner,
    roundId: spec.roundId,
    role: spec.role,
    model: config.model,
    purpose: spec.purpose,
    status: outcome.status,
    usage: outcome.usage,
    startedAt: outcome.startedAt,
    finishedAt: outcome.finishedAt,
  });
  return outcome;
}
