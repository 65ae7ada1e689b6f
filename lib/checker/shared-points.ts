import { evaluateFloat } from './evaluate-float';
import type { Expr } from './expr';
import { hashString, mulberry32 } from './prng';
import { DOMAINS, drawFrom } from './sample';

/** An equation (or a claim) as its two sides. */
export interface Sides {
  lhs: Expr;
  rhs: Expr;
}

const PER_DOMAIN = 16;

/**
 * (left − right) of a claim and of the earlier equations it is compared with, at one set of
 * points, each value computed once, on first ask: a claim is compared with a dozen equations,
 * most of which a point or two rule out. The points are 16 over each of the small positive
 * integers, positive reals, reals, and reals between -1 and 1 (an |f(x)| agrees with f(x) at
 * most integer draws), every symbol drawn at each; one unknown function is the same function
 * across all sides at a point (the point's salt).
 */
export class SharedPoints {
  private readonly points: { at: Map<string, number>; integers: boolean; salt: number }[] = [];
  private readonly memo = new Map<Sides, number[]>();
  private readonly names: string[];
  private readonly random: () => number;

  constructor(symbols: Iterable<string>, seed: string) {
    this.names = [...symbols].sort();
    this.random = mulberry32(hashString(seed));
  }

  get size(): number {
    return PER_DOMAIN * (DOMAINS.length + 1);
  }

  /** Point `k`, drawn when first asked for (in order: most comparisons stop at the second). */
  private point(k: number) {
    while (this.points.length <= k) {
      const n = this.points.length;
      const d = Math.floor(n / PER_DOMAIN);
      const at = new Map<string, number>();
      for (const s of this.names)
        at.set(s, d < DOMAINS.length ? drawFrom(DOMAINS[d], this.random) : 2 * this.random() - 1);
      this.points.push({ at, integers: DOMAINS[d] === 'small positive integers', salt: n });
    }
    return this.points[k];
  }

  /** (left − right) of `e` at point `k`; NaN where a side is undefined. */
  gap(e: Sides, k: number): number {
    let values = this.memo.get(e);
    if (!values) {
      values = [];
      this.memo.set(e, values);
    }
    while (values.length <= k) {
      const { at, integers, salt } = this.point(values.length);
      values.push(
        evaluateFloat(e.lhs, at, integers, salt) - evaluateFloat(e.rhs, at, integers, salt),
      );
    }
    return values[k];
  }
}
