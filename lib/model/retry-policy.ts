/** Longest we wait between attempts, whatever the server's Retry-After says. */
export const MAX_RETRY_DELAY_MS = 120_000;
export const DEFAULT_RETRY_BASE_MS = 1_000;
export const DEFAULT_MAX_RETRIES = 4;

type HeaderSource = { get(name: string): string | null } | undefined | null;

/**
 * Reads `retry-after-ms` (OpenAI's extension) or `Retry-After` as seconds or an HTTP date.
 * Returns null when absent or unreadable, so the caller falls back to its own backoff.
 */
export function parseRetryAfter(headers: HeaderSource, now = Date.now()): number | null {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const raw = headers?.get('retry-after')?.trim();
  if (!raw) return null;
  if (/^\d+(\.\d+)?$/.test(raw)) return Number.parseFloat(raw) * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * Delay before retry number `attempt` (1-based). A server's Retry-After is honoured (plus up
 * to 10% jitter so a crowd of clients does not return in lockstep); otherwise exponential
 * backoff with jitter in [50%, 100%] of the step. Both are capped at MAX_RETRY_DELAY_MS.
 */
export function retryDelayMs(
  attempt: number,
  baseMs: number,
  retryAfterMs: number | null,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== null) {
    return Math.min(MAX_RETRY_DELAY_MS, retryAfterMs + retryAfterMs * 0.1 * random());
  }
  const step = Math.min(MAX_RETRY_DELAY_MS, baseMs * 2 ** (attempt - 1));
  return Math.round(step * (0.5 + 0.5 * random()));
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
