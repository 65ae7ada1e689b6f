import type { CandidateState } from './types';

export function meanScore(c: CandidateState): number | null {
  const xs = c.verifications
    .filter((v) => !v.failed && v.score !== null)
    .map((v) => v.score as number);
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

/** Best first: mean score, then the newer generation, then the earlier proof. */
export function rankCandidates(pool: CandidateState[]): CandidateState[] {
  return [...pool].sort(
    (a, b) =>
      (meanScore(b) ?? -1) - (meanScore(a) ?? -1) ||
      b.generation - a.generation ||
      a.ordinal - b.ordinal,
  );
}

/**
 * The analyses shown with a parent in a refinement prompt: those that found issues first
 * (lowest score first, as the paper prefers), then the rest, never a failed one.
 */
export function pickAnalyses(c: CandidateState, count: number): string[] {
  return c.verifications
    .map((v, i) => ({ v, i }))
    .filter(({ v }) => !v.failed)
    .sort((a, b) => (a.v.score ?? 1) - (b.v.score ?? 1) || a.i - b.i)
    .slice(0, count)
    .map(({ v }) => v.id);
}

/**
 * Parents for one refinement of generation `g`: the best verified proof of an earlier
 * generation that no other refinement of `g` has taken as its main parent (so, as in the
 * paper's batch version, one generation refines the best proofs, each once), plus the next
 * best as extra candidates when a refinement shows several proofs.
 */
export function pickParents(
  verified: CandidateState[],
  g: number,
  usedForG: ReadonlySet<string>,
  proofsPerRefinement: number,
): CandidateState[] | null {
  const ranked = rankCandidates(verified.filter((c) => c.generation < g));
  if (!ranked.length) return null;
  const primary = ranked.find((c) => !usedForG.has(c.id)) ?? ranked[0];
  const others = ranked.filter((c) => c !== primary).slice(0, proofsPerRefinement - 1);
  return [primary, ...others];
}
