/**
 * The one timeout a test may use to mean "this must not hang": far above the normal time
 * (milliseconds to a second or two, even on a loaded 2-core machine), so only a real hang or
 * exponential blow-up reaches it. Tests assert no durations; speed is measured by the
 * benchmarks (`npm run bench:*`), which print ratios against a baseline from the same run.
 */
export const HANG_GUARD_MS = 30_000;
