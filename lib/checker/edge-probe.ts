import { evaluateFloat } from './evaluate-float';
import type { Expr } from './expr';

/** Points kept per domain: each pair of a defined and an undefined one is one search. */
const KEPT = 6;
/** Halvings of the segment between the two points: the edge to 2^-24 of its length. */
const HALVINGS = 24;
/** Past this, a value is an overflow's edge, not where a side stops being defined. */
const HUGE = 1e100;

/**
 * The points of one domain where a claim's sides had values and where they had none
 * (NaN or infinite), as the inequality probe drew them.
 */
export class EdgePoints {
  readonly defined: Float64Array[] = [];
  readonly undefined: Float64Array[] = [];

  /** Keeps the point (each symbol's value, in `symbols` order) while its list has room. */
  keep(symbols: readonly string[], at: ReadonlyMap<string, number>, finite: boolean): void {
    const list = finite ? this.defined : this.undefined;
    if (list.length >= KEPT) return;
    const values = new Float64Array(symbols.length);
    for (let i = 0; i < symbols.length; i++) values[i] = at.get(symbols[i]) ?? 0;
    list.push(values);
  }
}

/**
 * Whether the claim fails just inside the edge of where its sides are defined. "g'(t) =
 * 1 - \\frac{t/(k-1)}{\\sqrt{2k - t^2/(k-1)}} > 0" holds at every draw, but fails for t between
 * (k-1)√2 and √(2k(k-1)), where the root ends: draws spread over seven orders of magnitude
 * almost never land in so narrow a band. Each search halves the segment from a defined
 * point to an undefined one and tries the claim at each defined point it meets, closer and
 * closer to the edge.
 */
export function failsNearEdge(
  lhs: Expr,
  rhs: Expr,
  symbols: readonly string[],
  points: EdgePoints,
  holds: (l: number, r: number) => boolean,
): boolean {
  const at = new Map<string, number>();
  const pairs = Math.min(points.defined.length, points.undefined.length);
  for (let p = 0; p < pairs; p++) {
    const inside = points.defined[p];
    const outside = points.undefined[p];
    let lo = 0;
    let hi = 1;
    for (let h = 0; h < HALVINGS; h++) {
      const s = (lo + hi) / 2;
      for (let i = 0; i < symbols.length; i++)
        at.set(symbols[i], inside[i] + s * (outside[i] - inside[i]));
      const l = evaluateFloat(lhs, at, false);
      const r = evaluateFloat(rhs, at, false);
      if (!Number.isFinite(l) || !Number.isFinite(r)) {
        hi = s;
        continue;
      }
      if (Math.abs(l) > HUGE || Math.abs(r) > HUGE) break;
      if (!holds(l, r)) return true;
      lo = s;
    }
  }
  return false;
}
