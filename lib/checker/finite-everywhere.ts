import type { Expr } from './expr';

/**
 * Whether an expression has a finite value at every point `drawFrom` can draw (or that
 * `through-earlier-samples.ts` draws between -1 and 1): every symbol's value is then at most
 * 10 in size, so a polynomial in them with plain numbers for coefficients and whole positive
 * exponents stays far below overflow when its worst case does. Anything else (a quotient, a
 * root, a function, a sum with bounds) may be undefined somewhere: not known here.
 */
export function finiteEverywhere(e: Expr): boolean {
  return largest(e) <= LIMIT;
}

/** Sizes past this are not trusted (doubles overflow near 1.8e308). */
const LIMIT = 1e300;
/** A drawn symbol's size, at most (small integers up to 9, reals up to 5 in size). */
const SYMBOL = 10;
/** Exponents followed, at most: a larger power is not bounded here. */
const MAX_EXPONENT = 64;

/** An upper bound on the size of `e` at any drawn point; Infinity where none is known. */
function largest(e: Expr): number {
  switch (e.k) {
    case 'sym':
      return SYMBOL;
    case 'const':
      return 4;
    case 'num': {
      // Number(n) / Number(d), as `evaluateFloat` computes it: d is a positive whole number.
      const n = Number(e.n);
      const d = Number(e.d);
      return e.d >= 1n && Number.isFinite(n) && Number.isFinite(d) ? Math.abs(n / d) : Infinity;
    }
    case 'neg':
      return largest(e.a);
    case 'add': {
      let s = 0;
      for (let i = 0; i < e.args.length && s <= LIMIT; i++) s += largest(e.args[i]);
      return s;
    }
    case 'mul': {
      let p = 1;
      for (let i = 0; i < e.args.length && p <= LIMIT; i++) p *= largest(e.args[i]);
      return p;
    }
    case 'pow': {
      // A whole positive exponent: a ** b is defined for every base, 0 included.
      const b = e.b;
      if (b.k !== 'num' || b.d !== 1n || b.n < 1n || b.n > BigInt(MAX_EXPONENT)) return Infinity;
      return Math.max(1, largest(e.a)) ** Number(b.n);
    }
    default:
      return Infinity;
  }
}
