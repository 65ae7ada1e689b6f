import { type Assignment, evaluateFloat } from './evaluate-float';
import type { Expr } from './expr';
import type { PriorEquation } from './follows-from';
import { hashString, mulberry32 } from './prng';
import { holdsAt, type SampleVerdict } from './sample';

/** Points looked for on the premise's solutions, and how many a verdict needs. */
const TRIES = 24;
const MIN_POINTS = 4;
/** Where a root of the premise is looked for along one symbol, and how finely. */
const SPAN = 12;
const STEPS = 48;

const show = (x: number) => (Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(6))));

/** A root of `f` on [-SPAN, SPAN] where f changes sign and is small, by bisection; or null. */
function rootOf(f: (t: number) => number, start: number): number | null {
  let a = start;
  let fa = f(a);
  for (let k = 1; k <= STEPS; k++) {
    const b = start + (2 * SPAN * k) / STEPS;
    const fb = f(b);
    if (Number.isFinite(fa) && Number.isFinite(fb) && (fa === 0 || fa * fb < 0)) {
      let [lo, hi, flo] = [a, b, fa];
      for (let i = 0; i < 60 && flo !== 0; i++) {
        const mid = (lo + hi) / 2;
        const fm = f(mid);
        if (!Number.isFinite(fm)) return null;
        if (Math.sign(fm) === Math.sign(flo)) [lo, flo] = [mid, fm];
        else hi = mid;
      }
      return lo;
    }
    [a, fa] = [b, fb];
  }
  return null;
}

/**
 * "a^2 - ab = b^3 + 1 \\Longrightarrow a(a - b) = (b + 1)(b^2 - b + 1)": an equation the text
 * says follows from the one before, checked where that one holds. Points on the premise's
 * solutions are found by solving it for one symbol (the others drawn at random); the claim
 * holds when it is met at every such point, and is false when it fails at every one (where
 * the premise holds, the claim does not: it cannot follow from it, whatever else is known).
 * Null when the points are too few or disagree (it may follow with other facts).
 */
export function judgeOnZeroSet(
  prior: PriorEquation,
  lhs: Expr,
  rhs: Expr,
  symbols: readonly string[],
  seedText: string,
): SampleVerdict | null {
  const random = mulberry32(hashString(`zero-set:${seedText}`));
  let met = 0;
  let failed = 0;
  let witness = '';
  for (let k = 0; k < TRIES && met + failed < 2 * MIN_POINTS; k++) {
    const solveFor = symbols[k % symbols.length];
    const at = new Map(symbols.map((s) => [s, 0.2 + random() * 4.8]));
    const premise = (t: number) => {
      at.set(solveFor, t);
      return evaluateFloat(prior.lhs, at, false) - evaluateFloat(prior.rhs, at, false);
    };
    const root = rootOf(premise, -SPAN + random());
    if (root === null) continue;
    at.set(solveFor, root);
    const point: Assignment = new Map(at);
    const [pl, pr] = [
      evaluateFloat(prior.lhs, point, false),
      evaluateFloat(prior.rhs, point, false),
    ];
    // A sign change across a pole is no solution.
    if (!Number.isFinite(pl) || !Number.isFinite(pr) || !holdsAt(pl, pr, '=', 1e-8)) continue;
    const [l, r] = [evaluateFloat(lhs, point, false), evaluateFloat(rhs, point, false)];
    if (!Number.isFinite(l) || !Number.isFinite(r)) continue;
    if (holdsAt(l, r, '=', 1e-6)) met++;
    else {
      failed++;
      if (!witness) {
        const values = [...point].map(([s, v]) => `${s} = ${show(v)}`).join(', ');
        witness = `at ${values}, where the equation on line ${prior.line} holds: left ${show(l)}, right ${show(r)}`;
      }
    }
  }
  if (met + failed < MIN_POINTS) return null;
  if (failed === 0) return { verdict: 'holds' };
  return met === 0 ? { verdict: 'false', witness } : null;
}
