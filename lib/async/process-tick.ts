import 'server-only';

/** Something the tick visits. */
export type Ticked = {
  /** At the tick's start: let the bytes that arrived since the last tick be read (read-pacer). */
  beforeReads?(): void;
  /** Once those reads are done: turn what they buffered into events, stop reading again. */
  onTick?(now: number): void;
};

/**
 * How often buffered deltas become events, and how often paced upstream sockets are read.
 * One tick for the whole process, not a timer per run or per delta: 20 streams cost one
 * wake-up per tick, and the per-token path is an append. Each tick costs every reader an SSE
 * write (~0.1 ms of the app's CPU with Next's response plumbing and the loopback syscall):
 * at 200 tokens/s that was half the CPU per token with a 20 ms tick (bench:stream, issue 21).
 * 40 ms (30 until 2026-12-06: 3–5 points less of a core in bench:load, docs/BENCHMARKS.md,
 * issue 21, thirteenth look) still leaves an event's wait under the 50 ms delay target, with
 * a p95 of 17–33 ms measured; the browser draws the editor 20×/s anyway, and the opening
 * characters of each kind skip the tick (first-token latency).
 */
export const TICK_MS = 40;

const key = Symbol.for('proofdesk.process-tick');
type Tick = { members: Set<Ticked>; timer: NodeJS.Timeout | null };
type G = typeof globalThis & { [key]?: Tick };

function tick(): Tick {
  const g = globalThis as G;
  g[key] ??= { members: new Set(), timer: null };
  return g[key];
}

/**
 * The reads a tick lets through happen in the event loop's poll phase, after this timer's
 * phase: `onTick` runs in the check phase that follows (setImmediate), so a tick's events
 * carry what arrived up to the tick itself, not up to the tick before.
 */
function afterReads(t: Tick): void {
  const now = Date.now();
  for (const m of t.members) m.onTick?.(now);
}

/** Visits every member each tick while there is one; the interval stops with the last. */
export function joinTick(member: Ticked): () => void {
  const t = tick();
  t.members.add(member);
  if (!t.timer) {
    t.timer = setInterval(() => {
      for (const m of t.members) m.beforeReads?.();
      setImmediate(afterReads, t);
    }, TICK_MS);
    // A run is held alive by its model request, never by this timer.
    t.timer.unref();
  }
  return () => {
    t.members.delete(member);
    if (t.members.size === 0 && t.timer) {
      clearInterval(t.timer);
      t.timer = null;
    }
  };
}
