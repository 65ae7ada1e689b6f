import { derivativeAt } from './derivatives';
import { type Expr, freeSymbols, someNode } from './expr';
import { integrate } from './quadrature';
import { unknownFunction } from './unknown-function';

/** Values of the free symbols at one sample point. */
export type Assignment = ReadonlyMap<string, number>;

/** Sums and products longer than this are not evaluated (the relation is skipped). */
const MAX_TERMS = 10_000;

/**
 * The value of an expression at one point, in floating point; NaN where it is undefined
 * (division by zero, a factorial of a non-integer, a root of a negative number, …).
 * `integers` says the sample is on integers, where floor, ceil, ! and binomials make sense.
 */
export function evaluateFloat(e: Expr, at: Assignment, integers: boolean, salt = 0): number {
  // Plain recursion and loops, no closure made per call: under tsx (the CLI, the eval) each
  // closure is also named at creation, which cost more than the arithmetic.
  switch (e.k) {
    case 'num':
      return Number(e.n) / Number(e.d);
    case 'const':
      return Math.PI;
    case 'sym':
      return at.get(e.name) ?? Number.NaN;
    case 'add': {
      // Indexed loops: until this is optimised, for…of makes an iterator per node.
      let s = 0;
      for (let i = 0; i < e.args.length; i++) s += evaluateFloat(e.args[i], at, integers, salt);
      return s;
    }
    case 'mul': {
      let p = 1;
      for (let i = 0; i < e.args.length; i++) p *= evaluateFloat(e.args[i], at, integers, salt);
      return p;
    }
    case 'neg':
      return -evaluateFloat(e.a, at, integers, salt);
    case 'div': {
      const b = evaluateFloat(e.b, at, integers, salt);
      return b === 0 ? Number.NaN : evaluateFloat(e.a, at, integers, salt) / b;
    }
    case 'pow': {
      const a = evaluateFloat(e.a, at, integers, salt);
      const b = evaluateFloat(e.b, at, integers, salt);
      if (a === 0 && b <= 0) return Number.NaN;
      return a ** b;
    }
    case 'root': {
      const a = evaluateFloat(e.a, at, integers, salt);
      return rootFloat(a, evaluateFloat(e.n, at, integers, salt));
    }
    case 'big':
      return bigFloat(e, at, integers, salt);
    case 'fn':
      return applyFloat(e.name, argsFloat(e.args, at, integers, salt), integers);
    case 'app':
      return unknownFunction(e.name, argsFloat(e.args, at, integers, salt), salt);
  }
}

function argsFloat(args: Expr[], at: Assignment, integers: boolean, salt: number): number[] {
  const out = new Array<number>(args.length);
  for (let i = 0; i < args.length; i++) out[i] = evaluateFloat(args[i], at, integers, salt);
  return out;
}

function bigFloat(
  e: Extract<Expr, { k: 'big' }>,
  at: Assignment,
  integers: boolean,
  salt: number,
): number {
  const lo = evaluateFloat(e.lo, at, integers, salt);
  const hi = evaluateFloat(e.hi, at, integers, salt);
  if (e.op === 'int') return integralFloat(e, lo, hi, at, salt);
  if (e.op === 'deriv') return derivativeFloat(e, lo, at, salt);
  if (!Number.isInteger(lo) || !Number.isInteger(hi) || hi - lo > MAX_TERMS) return Number.NaN;
  // An empty range is one short of its start ("\\sum_{i=1}^{0}"); a bound further below is
  // not a case the text means (n - L < 0 in "\\sum_{i=1}^{n-L}"), so it is not a sample.
  if (hi < lo - 1) return Number.NaN;
  let acc = e.op === 'sum' ? 0 : 1;
  const inner = new Map(at);
  for (let v = lo; v <= hi; v++) {
    inner.set(e.v, v);
    const t = evaluateFloat(e.body, inner, true, salt);
    acc = e.op === 'sum' ? acc + t : acc * t;
  }
  return acc;
}

const isApplication = (n: Expr) => n.k === 'app';

/**
 * A definite integral, by quadrature over real values of its variable. An unknown function
 * in the integrand has arbitrary values at each point (unknown-function.ts), not a function
 * that can be integrated: no value.
 */
function integralFloat(
  e: Extract<Expr, { k: 'big' }>,
  lo: number,
  hi: number,
  at: Assignment,
  salt: number,
): number {
  if (someNode(e.body, isApplication)) return Number.NaN;
  // A side is evaluated at the same sample again and again while it is judged (as an
  // identity, against earlier lines, …): an integral at the same values is computed once.
  let key = `${lo} ${hi}`;
  for (const s of freeSymbols(e.body)) if (s !== e.v) key += ` ${at.get(s)}`;
  let known = integralMemo.get(e);
  const found = known?.get(key);
  if (found !== undefined) return found;
  const value = integrate(bodyIn(e, at, salt), lo, hi);
  if (!known) {
    known = new Map();
    integralMemo.set(e, known);
  }
  known.set(key, value);
  return value;
}

/** A derivative of a formula the text defined, at one point (derivatives.ts). */
function derivativeFloat(
  e: Extract<Expr, { k: 'big' }>,
  x: number,
  at: Assignment,
  salt: number,
): number {
  if (!Number.isFinite(x) || someNode(e.body, isApplication)) return Number.NaN;
  return derivativeAt(bodyIn(e, at, salt), x);
}

/** The body of an integral or derivative as a function of its variable, the other symbols at `at`. */
function bodyIn(e: Extract<Expr, { k: 'big' }>, at: Assignment, salt: number) {
  const inner = new Map(at);
  return (x: number): number => {
    inner.set(e.v, x);
    return evaluateFloat(e.body, inner, false, salt);
  };
}

/** Integrals computed, per node: nodes are built afresh for each check, so nothing outlives it. */
const integralMemo = new WeakMap<Expr, Map<string, number>>();

/** The `n`-th root of `a`; NaN where it is undefined (an even root of a negative number). */
export function rootFloat(a: number, n: number): number {
  if (!Number.isInteger(n) || n < 2) return Number.NaN;
  if (a < 0) return n % 2 === 1 ? -((-a) ** (1 / n)) : Number.NaN;
  return a ** (1 / n);
}

/** Whether every argument is an integer (asked only by the integer functions). */
const allIntegers = (args: readonly number[]) => args.every(Number.isInteger);

/** A known function's value at these arguments. */
export function applyFloat(name: string, args: readonly number[], integers: boolean): number {
  // Indexed, not destructured: until this is optimised, `[a, b] = args` makes an iterator.
  const a = args[0];
  const b = args[1];
  switch (name) {
    case 'abs':
      return Math.abs(a);
    case 'floor':
      return integers ? Math.floor(a) : Number.NaN;
    case 'ceil':
      return integers ? Math.ceil(a) : Number.NaN;
    case 'fact':
      return allIntegers(args) && a >= 0 && a <= 170 ? factorial(a) : Number.NaN;
    case 'binom':
      return allIntegers(args) && a >= 0 && a <= 170 ? binomial(a, b) : Number.NaN;
    case 'gcd':
      return allIntegers(args) ? args.reduce((x, y) => gcd(x, y)) : Number.NaN;
    case 'lcm':
      return allIntegers(args)
        ? args.reduce((x, y) => (x * y === 0 ? 0 : Math.abs(x * y) / gcd(x, y)))
        : Number.NaN;
    case 'max':
      return Math.max(...args);
    case 'min':
      return Math.min(...args);
    case 'sin':
      return Math.sin(a);
    case 'cos':
      return Math.cos(a);
    case 'tan':
      return Math.tan(a);
    case 'cot':
      return 1 / Math.tan(a);
    case 'sec':
      return 1 / Math.cos(a);
    case 'csc':
      return 1 / Math.sin(a);
    // NaN outside [-1, 1], as the sampler expects of a value that does not exist.
    case 'arcsin':
      return Math.asin(a);
    case 'arccos':
      return Math.acos(a);
    case 'arctan':
      return Math.atan(a);
    case 'ln':
    case 'log':
      return a > 0 ? Math.log(a) : Number.NaN;
    case 'exp':
      return Math.exp(a);
    default:
      return Number.NaN;
  }
}

function factorial(n: number): number {
  let r = 1;
  for (let i = 2; i <= n; i++) r *= i;
  return r;
}

function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return Math.round(r);
}

function gcd(x: number, y: number): number {
  let a = Math.abs(x);
  let b = Math.abs(y);
  while (b) [a, b] = [b, a % b];
  return a;
}
