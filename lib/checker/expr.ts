import { packedMap } from './packed-map';

/**
 * The checker's expression tree: what one side of a relation means, built from KaTeX's
 * parse tree. Numbers keep their exact decimal value (as a fraction) and how many decimals
 * were written, so "0.33" can be read as an approximation.
 */
export type Expr =
  | { k: 'num'; n: bigint; d: bigint; decimals: number }
  | { k: 'sym'; name: string }
  | { k: 'const'; name: 'pi' }
  | { k: 'add'; args: Expr[] }
  | { k: 'mul'; args: Expr[] }
  | { k: 'neg'; a: Expr }
  | { k: 'div'; a: Expr; b: Expr }
  | { k: 'pow'; a: Expr; b: Expr }
  | { k: 'root'; a: Expr; n: Expr }
  | { k: 'fn'; name: FunctionName; args: Expr[] }
  /** A function the text names but never defines (`f(x)`, `v_2(n)`): an unknown function. */
  | { k: 'app'; name: string; args: Expr[] }
  /**
   * An operator binding `v` in `body`: a sum or product over the integers from `lo` to `hi`,
   * a definite integral (`int`) from `lo` to `hi`, or a derivative (`deriv`) at `v = lo`
   * (`hi` is `lo` again).
   */
  | { k: 'big'; op: 'sum' | 'prod' | 'int' | 'deriv'; v: string; lo: Expr; hi: Expr; body: Expr };

/** Functions the checker can evaluate. Integer-only ones are evaluated on integers alone. */
export type FunctionName =
  | 'abs'
  | 'floor'
  | 'ceil'
  | 'fact'
  | 'binom'
  | 'gcd'
  | 'lcm'
  | 'max'
  | 'min'
  | 'sin'
  | 'cos'
  | 'tan'
  | 'cot'
  | 'sec'
  | 'csc'
  | 'arcsin'
  | 'arccos'
  | 'arctan'
  | 'ln'
  | 'exp'
  | 'log';

export const INTEGER_FUNCTIONS: ReadonlySet<FunctionName> = new Set([
  'floor',
  'ceil',
  'fact',
  'binom',
  'gcd',
  'lcm',
]);

/**
 * Why a side could not be read as an expression: becomes the relation's skip reason.
 * Thrown often (most sides of a proof are not evaluable), so it is not an Error: an Error
 * records a stack trace, which cost more than the whole check of the formula.
 */
export class Unreadable {
  constructor(readonly message: string) {}
}

export const num = (n: bigint, d = 1n, decimals = 0): Expr => ({ k: 'num', n, d, decimals });

/**
 * An integral's infinite bound: ±1/0, which has no exact value (`rational` refuses it) and
 * is ±Infinity in floating point, where the quadrature maps the half-line onto an interval.
 */
export const infinity = (sign: 1n | -1n): Expr => num(sign, 0n);

/** An application or a sum/product over a range: the node kinds that are copied with new parts. */
export type Application = Extract<Expr, { k: 'fn' | 'app' }>;
export type BigOperator = Extract<Expr, { k: 'big' }>;

/**
 * `e` with other arguments. Written out, not spread (`{ ...e, args }`): a spread copy gets a
 * hidden class of its own, and each new one seen deoptimised the tree walks (`someNode` and
 * every function it is inlined into) long after warm-up.
 */
export const withArgs = (e: Application, args: Expr[]): Expr =>
  e.k === 'fn' ? { k: 'fn', name: e.name, args } : { k: 'app', name: e.name, args };

/** `e` with other bounds and body (written out, like `withArgs`). */
export const withRange = (e: BigOperator, lo: Expr, hi: Expr, body: Expr): Expr => ({
  k: 'big',
  op: e.op,
  v: e.v,
  lo,
  hi,
  body,
});

/**
 * Free symbols already found, per expression: a relation's sides are asked about a dozen
 * times while it is judged. Keyed by the expression object, which is built afresh for each
 * check (expressions are never changed once built), so nothing is kept from one proof to
 * the next.
 */
const freeMemo = new WeakMap<Expr, ReadonlySet<string>>();

/** Free symbols of an expression (a sum's index is bound, not free). Do not change the set. */
export function freeSymbols(e: Expr): ReadonlySet<string> {
  let found = freeMemo.get(e);
  if (!found) {
    found = collectFree(e, new Set<string>(), []);
    freeMemo.set(e, found);
  }
  return found;
}

function collectFree(e: Expr, out: Set<string>, bound: readonly string[]): Set<string> {
  switch (e.k) {
    case 'sym':
      if (!bound.includes(e.name)) out.add(e.name);
      break;
    case 'num':
    case 'const':
      break;
    case 'add':
    case 'mul':
    case 'fn':
    case 'app':
      for (let i = 0; i < e.args.length; i++) collectFree(e.args[i], out, bound);
      break;
    case 'neg':
      collectFree(e.a, out, bound);
      break;
    case 'div':
    case 'pow':
      collectFree(e.a, out, bound);
      collectFree(e.b, out, bound);
      break;
    case 'root':
      collectFree(e.a, out, bound);
      collectFree(e.n, out, bound);
      break;
    case 'big':
      collectFree(e.lo, out, bound);
      collectFree(e.hi, out, bound);
      collectFree(e.body, out, [...bound, e.v]);
      break;
  }
  return out;
}

/** Whether any node satisfies `test` (walks the whole tree). */
export function someNode(e: Expr, test: (e: Expr) => boolean): boolean {
  if (test(e)) return true;
  switch (e.k) {
    case 'add':
    case 'mul':
    case 'fn':
    case 'app':
      for (let i = 0; i < e.args.length; i++) if (someNode(e.args[i], test)) return true;
      return false;
    case 'neg':
      return someNode(e.a, test);
    case 'div':
    case 'pow':
      return someNode(e.a, test) || someNode(e.b, test);
    case 'root':
      return someNode(e.a, test) || someNode(e.n, test);
    case 'big':
      return someNode(e.lo, test) || someNode(e.hi, test) || someNode(e.body, test);
    default:
      return false;
  }
}

/** A symbol, a number or a constant: a side with nothing to rewrite. */
export const isAtom = (e: Expr) => e.k === 'sym' || e.k === 'num' || e.k === 'const';

/**
 * Whether an expression (or either of two: a relation's sides) applies a function the text
 * never defines. Two parameters, not a rest list: it is asked at every node a pinned value
 * reads, and a rest list was an array made per call.
 */
export const usesUnknownFunction = (a: Expr, b?: Expr) =>
  appliesUnknown(a) || (b !== undefined && appliesUnknown(b));

/** The tests below are made once: a side is asked them many times while it is judged. */
const isApplication = (n: Expr) => n.k === 'app';
const appliesUnknown = (e: Expr) => someNode(e, isApplication);

/**
 * A sum or product whose bounds are symbols ("\\sum_{i=1}^{n}"): it has values only at
 * integers. An integral's bounds, or a derivative's point, may be any number.
 */
const isSymbolicRange = (n: Expr) =>
  n.k === 'big' &&
  (n.op === 'sum' || n.op === 'prod') &&
  (freeSymbols(n.lo).size > 0 || freeSymbols(n.hi).size > 0);
export const hasSymbolicBounds = (e: Expr) => someNode(e, isSymbolicRange);

/**
 * Replaces symbols by expressions ("let n = 2k + 1"). A part with nothing replaced is the
 * same object, not a copy: expressions are never changed once built, and most of a side
 * usually keeps its symbols.
 */
export function substitute(e: Expr, map: ReadonlyMap<string, Expr>): Expr {
  switch (e.k) {
    case 'sym':
      return map.get(e.name) ?? e;
    case 'num':
    case 'const':
      return e;
    case 'add':
    case 'mul': {
      const args = substituteAll(e.args, map);
      return args === e.args ? e : { k: e.k, args };
    }
    case 'fn':
    case 'app': {
      const args = substituteAll(e.args, map);
      return args === e.args ? e : withArgs(e, args);
    }
    case 'neg': {
      const a = substitute(e.a, map);
      return a === e.a ? e : { k: 'neg', a };
    }
    case 'div':
    case 'pow': {
      const a = substitute(e.a, map);
      const b = substitute(e.b, map);
      return a === e.a && b === e.b ? e : { k: e.k, a, b };
    }
    case 'root': {
      const a = substitute(e.a, map);
      const n = substitute(e.n, map);
      return a === e.a && n === e.n ? e : { k: 'root', a, n };
    }
    case 'big': {
      // The index is bound inside the body: a value for a symbol of that name is not put in.
      let inner = map;
      if (map.has(e.v)) {
        const without = new Map(map);
        without.delete(e.v);
        inner = without;
      }
      const lo = substitute(e.lo, map);
      const hi = substitute(e.hi, map);
      const body = substitute(e.body, inner);
      return lo === e.lo && hi === e.hi && body === e.body ? e : withRange(e, lo, hi, body);
    }
  }
}

/** `substitute` of each, or the same list when nothing in it changed. */
function substituteAll(args: Expr[], map: ReadonlyMap<string, Expr>): Expr[] {
  for (let i = 0; i < args.length; i++) {
    const first = substitute(args[i], map);
    if (first === args[i]) continue;
    // A change at i: the list is copied from here on (pushed, so it stays packed: `packedMap`).
    const out: Expr[] = [];
    for (let j = 0; j < i; j++) out.push(args[j]);
    out.push(first);
    for (let j = i + 1; j < args.length; j++) out.push(substitute(args[j], map));
    return out;
  }
  return args;
}

/**
 * `e` with `f` applied to each of its parts; an unknown function's arguments are left as they
 * are (the callers treat applications themselves).
 */
export function mapChildren(e: Expr, f: (x: Expr) => Expr): Expr {
  switch (e.k) {
    case 'add':
    case 'mul':
      return { k: e.k, args: packedMap(e.args, f) };
    case 'fn':
      return { k: 'fn', name: e.name, args: packedMap(e.args, f) };
    case 'neg':
      return { k: 'neg', a: f(e.a) };
    case 'div':
    case 'pow':
      return { k: e.k, a: f(e.a), b: f(e.b) };
    case 'root':
      return { k: 'root', a: f(e.a), n: f(e.n) };
    case 'big':
      return withRange(e, f(e.lo), f(e.hi), f(e.body));
    default:
      return e;
  }
}
