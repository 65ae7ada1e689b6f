/**
 * Whether the server is answering people right now. Background work that can wait (the
 * checker's sweep over imported proofs) waits for a quiet moment instead of sharing the event
 * loop with requests: sliced work still doubles a request's time when every step of the
 * request queues behind a slice (bench:scale's list p95 went from ~15 to ~230 ms during a
 * sweep of 100,000 imported proofs).
 */
const key = Symbol.for('proofdesk.serverActivity');
type Activity = { inFlight: number; lastAt: number };
type G = typeof globalThis & { [key]?: Activity };

function activity(): Activity {
  const g = globalThis as G;
  g[key] ??= { inFlight: 0, lastAt: 0 };
  return g[key];
}

/** A request began; call what this returns when its handler has answered. */
export function requestStarted(): () => void {
  const a = activity();
  a.inFlight++;
  a.lastAt = performance.now();
  let done = false;
  return () => {
    if (done) return;
    done = true;
    a.inFlight--;
    a.lastAt = performance.now();
  };
}

/** How long after the last request the server counts as quiet. */
export const QUIET_MS = 100;

/** Resolves once no request is being handled and none was for `quietMs`. */
export async function serverQuiet(quietMs = QUIET_MS): Promise<void> {
  for (;;) {
    const a = activity();
    const wait = a.inFlight > 0 ? quietMs : a.lastAt + quietMs - performance.now();
    if (wait <= 0) return;
    await new Promise((r) => setTimeout(r, Math.ceil(wait)));
  }
}
