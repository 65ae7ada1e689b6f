import { compileBody } from './compiled-body';
import { derivativeAt } from './derivatives';
import { type Expr, freeSymbols, someNode } from './expr';
import { applyFloat, powerFloat, rootFloat } from './float-functions';
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
      return powerFloat(a, evaluateFloat(e.b, at, integers, salt));
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
  const value = integrate(compileBody(e.body, e.v, at, false, salt, evaluateFloat), lo, hi);
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
  return derivativeAt(compileBody(e.body, e.v, at, false, salt, evaluateFloat), x);
}

/** Integrals computed, per node: nodes are built afresh for each check, so nothing outlives it. */
const integralMemo = new WeakMap<Expr, Map<string, number>>();
