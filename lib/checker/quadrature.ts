/**
 * Definite integrals in floating point, for the checker's sampled values: tanh-sinh
 * (double-exponential) quadrature, which keeps its accuracy at endpoint singularities
 * (`1/\sqrt{1-x^2}`) and, through a change of variable, on half-lines and the whole line.
 *
 * The estimate is refined level by level (the step halves, the nodes of the last level are
 * kept) and returned only once two successive levels agree to CONVERGED. An integrand that
 * is undefined somewhere inside, diverges, or does not settle gives NaN: the checker then has
 * no value at that sample rather than a wrong one, so it can only skip, never misjudge.
 */

/** The integrand at a point. */
export type Integrand = (x: number) => number;

/** Two successive levels closer than this (relative, or absolute below 1) have converged. */
const CONVERGED = 1e-11;
/** The finest step is 2^-MAX_LEVEL: about 2·4·2^MAX_LEVEL integrand values at most. */
const MAX_LEVEL = 6;
/** The nodes run over t in [-T_MAX, T_MAX]; beyond it they sit on the ends in double precision. */
const T_MAX = 4;
const HALF_PI = Math.PI / 2;

/** A node of the rule at t > 0 (and its mirror at -t): s's distance to the nearer end, half the weight. */
interface RuleNode {
  near: number;
  halfWeight: number;
}

/**
 * Nodes x = tanh(π/2 sinh t) on [-1, 1], s = (1 + x) / 2. A node's distance to its end is
 * 1 / (e^u cosh u) with u = π/2 sinh|t|, exact where 1 - |x| underflows in 1 - x; half of it is
 * the distance in s.
 */
function nodeAt(t: number): RuleNode {
  const u = HALF_PI * Math.sinh(t);
  const coshU = Math.cosh(u);
  const toEnd = 1 / (Math.exp(u) * coshU);
  const weight = (HALF_PI * Math.cosh(t)) / (coshU * coshU);
  return { near: toEnd / 2, halfWeight: weight / 2 };
}

/**
 * The nodes each level adds, for t > 0: level 0 the integers up to T_MAX, level L the odd
 * multiples of 2^-L. The same for every integral, so computed once, not per integral.
 */
const LEVELS: RuleNode[][] = [];
for (let level = 0, h = 1; level <= MAX_LEVEL; level++, h /= 2) {
  const nodes: RuleNode[] = [];
  for (let k = 1; k * h <= T_MAX; k += level === 0 ? 1 : 2) nodes.push(nodeAt(k * h));
  LEVELS.push(nodes);
}
const CENTRE = nodeAt(0);

/**
 * ∫ g(s) ds over [0, 1] by tanh-sinh, where g is given the point s and its distance 1 - s
 * (computed without cancellation, for the maps to infinite intervals). NaN unless converged.
 */
function tanhSinhUnit(g: (s: number, oneMinusS: number) => number): number {
  // A node at t and its mirror at -t, one near each end of [0, 1].
  const pair = ({ near, halfWeight }: RuleNode): number => {
    if (near <= 0) return 0;
    const right = g(1 - near, near);
    const left = g(near, 1 - near);
    return (right === 0 ? 0 : halfWeight * right) + (left === 0 ? 0 : halfWeight * left);
  };
  let h = 1;
  const centre = g(1 - CENTRE.near, CENTRE.near);
  let sum = centre === 0 ? 0 : CENTRE.halfWeight * centre;
  for (const node of LEVELS[0]) sum += pair(node);
  let estimate = h * sum;
  let change = Number.POSITIVE_INFINITY;
  for (let level = 1; level <= MAX_LEVEL; level++) {
    h /= 2;
    for (const node of LEVELS[level]) sum += pair(node);
    const next = h * sum;
    if (!Number.isFinite(next)) return Number.NaN;
    const scale = Math.max(1, Math.abs(next));
    const nextChange = Math.abs(next - estimate);
    if (level >= 3 && nextChange <= CONVERGED * scale) return next;
    // Where the integral exists and is smooth enough to be settled, each level's change is
    // a small fraction of the last one's (the error about squares). One that shrinks by less
    // than half, past the first levels, will not settle: a divergent or singular integral.
    if (level >= 3 && nextChange > change / 2 && nextChange > 1e-6 * scale) return Number.NaN;
    estimate = next;
    change = nextChange;
  }
  return Number.NaN;
}

/**
 * ∫ f(x) dx from `lo` to `hi` (either may be ±Infinity; hi < lo gives minus the integral the
 * other way). NaN where the integral is not a number it could settle on.
 */
export function integrate(f: Integrand, lo: number, hi: number): number {
  if (Number.isNaN(lo) || Number.isNaN(hi)) return Number.NaN;
  if (lo === hi) return 0;
  if (hi < lo) return -integrate(f, hi, lo);
  if (lo === -Infinity && hi === Infinity) return integrate(f, -Infinity, 0) + integrate(f, 0, hi);
  // A map of [0, 1) onto the interval: x = a + s/(1 - s) on [a, ∞), dx = ds/(1 - s)^2.
  if (hi === Infinity) return tanhSinhUnit((s, c) => stretched(f, lo + s / c, c));
  if (lo === -Infinity) return tanhSinhUnit((s, c) => stretched(f, hi - s / c, c));
  const width = hi - lo;
  return (
    width *
    tanhSinhUnit((s, c) => {
      const x = s <= 0.5 ? lo + width * s : hi - width * c;
      // A node that rounds onto an end, where the integrand may be singular (1/√(1 - x²) at
      // 1), stands for a weight far below the sum's precision: it contributes nothing.
      return x === lo || x === hi ? 0 : f(x);
    })
  );
}

/** f(x)·dx/ds for a half-line's map; nothing where f has decayed to 0 or dx/ds overflows. */
function stretched(f: Integrand, x: number, c: number): number {
  const jacobian = 1 / (c * c);
  if (!Number.isFinite(x) || !Number.isFinite(jacobian)) return 0;
  const v = f(x);
  return v === 0 ? 0 : v * jacobian;
}
