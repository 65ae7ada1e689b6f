import type { Agreement } from '@/lib/schemas';

/**
 * How well automatic grades match human ones, over the pairs where both exist: the share of
 * exact matches, the share within one point, and the mean absolute difference in points.
 * Shares are fractions in [0, 1]; with no pairs every figure is null, not a misleading 0.
 */
export function gradeAgreement(pairs: { auto: number; human: number }[]): Agreement {
  const n = pairs.length;
  if (n === 0) return { pairs: 0, exact: null, withinOne: null, meanAbsoluteDifference: null };
  let exact = 0;
  let withinOne = 0;
  let total = 0;
  for (const { auto, human } of pairs) {
    const d = Math.abs(auto - human);
    if (d === 0) exact++;
    if (d <= 1) withinOne++;
    total += d;
  }
  return {
    pairs: n,
    exact: exact / n,
    withinOne: withinOne / n,
    meanAbsoluteDifference: total / n,
  };
}
