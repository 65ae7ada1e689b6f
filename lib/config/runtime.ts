import 'server-only';

/** Engine timings, configurable so fault tests can shorten them without a fake clock. */
export function runtimeConfig() {
  const num = (name: string, fallback: number) => {
    const v = Number(process.env[name]);
    return Number.isFinite(v) && v > 0 ? v : fallback;
  };
  return {
    idleTimeoutMs: num('PROOFDESK_IDLE_TIMEOUT_MS', 10 * 60_000),
    deadlineMs: num('PROOFDESK_DEADLINE_MS', 4 * 60 * 60_000),
    heartbeatMs: num('PROOFDESK_HEARTBEAT_MS', 15_000),
    retryBaseMs: num('PROOFDESK_RETRY_BASE_MS', 1000),
    maxRetries: num('PROOFDESK_MAX_RETRIES', 4),
    /** A model stream's first milliseconds are read as they arrive, then on the tick (read-pacer). */
    eagerReadMs: num('PROOFDESK_EAGER_READ_MS', 2000),
    /** First wait before retrying a failed run-progress write; doubles, 7 tries (~6 s at 50). */
    writeRetryBaseMs: num('PROOFDESK_WRITE_RETRY_BASE_MS', 50),
  };
}
