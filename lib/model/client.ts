import 'server-only';
import { toModelError } from './error-mapping';
import { ModelError } from './errors';
import { providerProfile } from './providers';
import { DEFAULT_MAX_RETRIES, DEFAULT_RETRY_BASE_MS, retryDelayMs, sleep } from './retry-policy';
import { streamAttempt } from './stream-attempt';
import { CallbackError, StreamOutput } from './stream-output';
import type { StreamOptions, StreamResult } from './types';
import { CallGuard, IdleWatch, StopReason } from './watchdog';

export { isModelError, ModelError } from './errors';
export { testConnection } from './test-connection';

const DEFAULT_IDLE_TIMEOUT_MS = 10 * 60_000;
const DEFAULT_DEADLINE_MS = 4 * 3_600_000;

/** Failures worth re-sending automatically (before any output went out). */
const AUTO_RETRY_KINDS = new Set(['network', 'rate-limit', 'http']);

/**
 * Streams one chat completion, routing reasoning and answer text to `onDelta` as they
 * arrive. Resolves with the whole output, including when the model stopped at
 * `finish_reason: 'length'` (the caller shows it as truncated). Rejects with a ModelError
 * whose `partial` keeps whatever was produced. 429 / 5xx / network failures are retried
 * with backoff only while nothing has been emitted, so the caller never sees duplicates.
 */
export async function streamChat(opts: StreamOptions): Promise<StreamResult> {
  const guard = new CallGuard(opts.signal, opts.deadlineMs ?? DEFAULT_DEADLINE_MS);
  const maxRetries = opts.maxRetries ?? DEFAULT_MAX_RETRIES;
  try {
    for (let attempt = 1; ; attempt++) {
      const tags = providerProfile(opts.config.provider).contentTags;
      const output = new StreamOutput(opts.onDelta, tags);
      const idle = new IdleWatch(guard.signal, opts.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS);
      const progress = { receivedChars: 0 };
      try {
        const outcome = await streamAttempt({
          config: opts.config,
          messages: opts.messages,
          output,
          signal: idle.signal,
          onActivity: idle.touch,
          eagerReadMs: opts.eagerReadMs,
          progress,
        });
        if (!outcome) throw idle.signal.reason;
        const final = output.finish(opts.onReplace);
        return { finishReason: outcome.finishReason, usage: outcome.usage, ...final };
      } catch (err) {
        idle.abort(); // make sure the upstream connection is closed
        if (err instanceof CallbackError) throw err.original;
        const error = toModelError(err, {
          baseURL: opts.config.baseURL,
          apiKey: opts.config.apiKey,
          endpointVar: opts.config.endpointVar,
          stop: idle.signal.reason instanceof StopReason ? idle.signal.reason : null,
          emitted: output.emitted,
          receivedChars: progress.receivedChars,
          maxTokens: opts.config.maxTokens,
        });
        if (
          !output.emitted &&
          error.retryable &&
          AUTO_RETRY_KINDS.has(error.kind) &&
          attempt <= maxRetries
        ) {
          const delayMs = retryDelayMs(
            attempt,
            opts.retryBaseMs ?? DEFAULT_RETRY_BASE_MS,
            error.retryAfterMs ?? null,
          );
          opts.onRetry?.({ attempt, delayMs, reason: error.message });
          await backoff(delayMs, guard.signal);
          continue;
        }
        error.partial = finishQuietly(output, opts);
        throw error;
      } finally {
        idle.dispose();
      }
    }
  } finally {
    guard.dispose();
  }
}

/** Waits between attempts; a Stop or the deadline during the wait ends the call at once. */
async function backoff(ms: number, signal: AbortSignal): Promise<void> {
  try {
    await sleep(ms, signal);
  } catch (reason) {
    if (reason instanceof StopReason) throw new ModelError(reason.kind, reason.message);
    throw reason;
  }
}

/** The partial output for an error; a throwing onReplace must not hide the real failure. */
function finishQuietly(output: StreamOutput, opts: StreamOptions) {
  try {
    return output.finish(opts.onReplace);
  } catch {
    return output.finish();
  }
}
