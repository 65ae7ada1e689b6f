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
  /** The symbols' values at the points drawn so far: point k's, in `names` order, from k · names.length. */
  private readonly draws: number[] = [];
  private drawn = 0;
  /** One point's values, as `evaluateFloat` reads them: refilled when another point is asked for. */
  private readonly at = new Map<string, number>();
  private atPoint = -1;
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

  /**
   * Point `k` put into `at`, drawn when first asked for (in order: most comparisons stop at
   * the second). A comparison asks for each side at one point before the next: one map, not
   * one per point.
   */
  private moveTo(k: number): void {
    const names = this.names;
    while (this.drawn <= k) {
      const d = Math.floor(this.drawn / PER_DOMAIN);
      for (let i = 0; i < names.length; i++)
        this.draws.push(
          d < DOMAINS.length ? drawFrom(DOMAINS[d], this.random) : 2 * this.random() - 1,
        );
      this.drawn++;
    }
    if (this.atPoint === k) return;
    for (let i = 0; i < names.length; i++) this.at.set(names[i], this.draws[k * names.length + i]);
    this.atPoint = k;
  }

  /** (left − right) of `e` at point `k`; NaN where a side is undefined. */
  gap(e: Sides, k: number): number {
    let values = this.memo.get(e);
    if (!values) {
      values = [];
      this.memo.set(e, values);
    }
    while (values.length <= k) {
      const n = values.length;
      this.moveTo(n);
      const integers = DOMAINS[Math.floor(n / PER_DOMAIN)] === 'small positive integers';
      values.push(
        evaluateFloat(e.lhs, this.at, integers, n) - evaluateFloat(e.rhs, this.at, integers, n),
      );
    }
    return values[k];
  }
}
