import type { Expr } from './expr';
import type { FunctionDefinitions } from './function-definitions';

/**
 * Derivatives of functions the text defined by a formula: after "define φ(p) = (p²-1)²/(8p)",
 * a claim about `\varphi'(p)` is a claim about the derivative of that formula, computed
 * numerically where the claim is sampled (Ridders' extrapolation of central differences).
 */

/** `f^{\prime}`, `\varphi^{\prime}`: the name of a first derivative, as the reader writes it. */
const FIRST_DERIVATIVE = /^(.+)\^\{\\prime\}$/;

/** The defined one-variable function whose derivative `name` is, or null. */
export function derivedFrom(name: string, defs: FunctionDefinitions): string | null {
  const base = FIRST_DERIVATIVE.exec(name)?.[1];
  return base !== undefined && defs.get(base)?.params.length === 1 ? base : null;
}

/**
 * `f'(a)` for a one-variable f the text defined: the node "d/dx of f's formula at x = a"
 * (a `big` node with op `deriv`, its point in `lo`), and the name of the function used.
 */
export function derivativeOf(
  name: string,
  args: readonly Expr[],
  defs: FunctionDefinitions,
): { e: Expr; used: string } | null {
  const base = derivedFrom(name, defs);
  const def = base === null ? undefined : defs.get(base);
  if (base === null || !def || args.length !== 1) return null;
  const at = args[0];
  return {
    e: { k: 'big', op: 'deriv', v: def.params[0], lo: at, hi: at, body: def.body },
    used: base,
  };
}

/** Steps shrink by this factor; the tableau is at most TABLE columns wide. */
const SHRINK = 1.4;
const TABLE = 10;
/** Accepted only when the extrapolation's own error estimate is below this (relative). */
const SETTLED = 1e-11;

/**
 * f'(x) by Ridders' method: central differences at shrinking steps, extrapolated to a zero
 * step, with an estimate of the error. NaN where f is undefined near x or the estimate stays
 * above SETTLED: no value rather than one the sampler could misjudge.
 */
export function derivativeAt(f: (x: number) => number, x: number): number {
  const start = 0.05 * Math.max(1, Math.abs(x));
  let h = start;
  const central = (step: number) => (f(x + step) - f(x - step)) / (2 * step);
  let previous: number[] = [central(h)];
  let best = Number.NaN;
  let error = Number.POSITIVE_INFINITY;
  for (let i = 1; i < TABLE; i++) {
    h /= SHRINK;
    const row: number[] = [central(h)];
    let factor = SHRINK * SHRINK;
    for (let j = 1; j <= i; j++) {
      row.push((row[j - 1] * factor - previous[j - 1]) / (factor - 1));
      factor *= SHRINK * SHRINK;
      const e = Math.max(Math.abs(row[j] - row[j - 1]), Math.abs(row[j] - previous[j - 1]));
      if (e <= error) {
        error = e;
        best = row[j];
      }
    }
    // Higher orders have begun to lose to rounding: the best so far will not improve.
    if (Math.abs(row[i] - previous[i - 1]) >= 2 * error) break;
    previous = row;
  }
  if (!Number.isFinite(best)) return Number.NaN;
  const scale = Math.max(1, Math.abs(best));
  if (error > SETTLED * scale || hasCorner(f, x, start, scale)) return Number.NaN;
  return best;
}

/**
 * Whether f has a corner at x (|t| at 0), where a central difference settles on the mean of
 * the two slopes: the gap between the slopes from the left and from the right shrinks with
 * the step where f is smooth, and stays where it is not.
 */
function hasCorner(f: (t: number) => number, x: number, start: number, scale: number): boolean {
  const fx = f(x);
  const gap = (h: number) => Math.abs((f(x + h) - fx) / h - (fx - f(x - h)) / h);
  const wide = gap(start / 16);
  const narrow = gap(start / 64);
  return narrow > 0.5 * wide && narrow > 1e-8 * scale;
}
