import 'server-only';

/** Something the tick visits: turns what it buffered since the last tick into events. */
export type Ticked = { onTick(now: number): void };

/**
 * How often buffered deltas become events. One tick for the whole process, not a timer per
 * run or per delta: 20 streams cost one wake-up per tick, and the per-token path is an append.
 * 20 ms keeps an event's wait under the 50 ms delay target with room for the rest of the
 * path, and halves the frames of a 10 ms tick (each SSE frame costs a write per listener).
 */
export const EVENT_TICK_MS = 20;

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
