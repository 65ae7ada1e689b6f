/** One proof of a finished search, with how long its own requests took. */
export type TimedCandidate = { id: string; parents: string[]; writeMs: number; verifyMs: number[] };

/**
 * The fastest any schedule could run a search, given the requests it made: the total work
 * spread perfectly over `concurrency` slots, or the longest chain of dependent requests
 * (write → all verifications → refinement → …) if that is longer.
 */
export function searchLowerBound(candidates: TimedCandidate[], concurrency: number) {
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const verifiedAt = new Map<string, number>();
  const done = (id: string): number => {
    const known = verifiedAt.get(id);
    if (known !== undefined) return known;
    const c = byId.get(id);
    if (!c) return 0;
    const ready = Math.max(0, ...c.parents.map(done));
    const at = ready + c.writeMs + Math.max(0, ...c.verifyMs);
    verifiedAt.set(id, at);
    return at;
  };
  const workMs = candidates.reduce(
    (n, c) => n + c.writeMs + c.verifyMs.reduce((a, b) => a + b, 0),
    0,
  );
  const criticalPathMs = Math.max(0, ...candidates.map((c) => done(c.id)));
  return {
    workMs,
    criticalPathMs,
    boundMs: Math.max(workMs / concurrency, criticalPathMs),
  };
}
