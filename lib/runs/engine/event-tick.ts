import 'server-only';

/** Something the tick visits: turns what it buffered since the last tick into events. */
export type Ticked = { onTick(now: number): void };

/**
 * How often buffered deltas become events. One tick for the whole process, not a timer per
 * run or per delta: 20 streams cost one wake-up per tick, and the per-token path is an append.
 * Each tick costs every reader an SSE write (~0.1 ms of the app's CPU with Next's response
 * plumbing and the loopback syscall): at 200 tokens/s that was half the CPU per token with a
 * 20 ms tick (bench:stream, issue 21). 30 ms leaves an event's wait under the 50 ms delay
 * target with room for the rest of the path; the browser draws the editor 20×/s anyway, and
 * the opening characters of each kind skip the tick (first-token latency).
 */
export const EVENT_TICK_MS = 30;

const key = Symbol.for('proofdesk.event-tick');
type Tick = { members: Set<Ticked>; timer: NodeJS.Timeout | null };
type G = typeof globalThis & { [key]?: Tick };

function tick(): Tick {
  const g = globalThis as G;
  g[key] ??= { members: new Set(), timer: null };
  return g[key];
}

/** Visits every member each tick while there is one; the interval stops with the last. */
export function joinTick(member: Ticked): () => void {
  const t = tick();
  t.members.add(member);
  if (!t.timer) {
    t.timer = setInterval(() => {
      const now = Date.now();
      for (const m of t.members) m.onTick(now);
    }, EVENT_TICK_MS);
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
