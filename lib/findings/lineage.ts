import type { Anchor } from '@/lib/schemas/findings';

type WithAnchor = { anchor: Anchor | null; carriedFromId?: string | null };

function overlaps(a: Anchor, b: Anchor): boolean {
  return a.startLine <= b.endLine && b.startLine <= a.endLine;
}

/**
 * A new verification replaces the undecided findings a round inherited. When a new finding
 * lands on the same lines as an inherited one, it is the same issue still present: it keeps
 * the inherited finding's ancestry so the timeline can follow it across rounds.
 */
export function inheritLineage<T extends WithAnchor>(fresh: T[], inherited: WithAnchor[]): T[] {
  const pool = inherited.filter((f) => f.anchor && f.carriedFromId);
  return fresh.map((f) => {
    if (f.carriedFromId || !f.anchor) return f;
    const match = pool.find((c) => c.anchor && f.anchor && overlaps(c.anchor, f.anchor));
    return match ? { ...f, carriedFromId: match.carriedFromId } : f;
  });
}
