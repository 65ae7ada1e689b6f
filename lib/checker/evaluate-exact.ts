import type { Expr } from './expr';

/** An exact rational number; the denominator is always positive. */
export interface Rational {
  n: bigint;
  d: bigint;
}

/** Results beyond this many bits are not computed exactly (the float path takes over). */
const MAX_BITS = 4_096;
const MAX_TERMS = 10_000;

const abs = (x: bigint) => (x < 0n ? -x : x);
function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y) [x, y] = [y, x % y];
  return x;
}
export function rational(n: bigint, d: bigint): Rational | null {
  if (d === 0n) return null;
  const g = gcd(n, d) || 1n;
  const s = d < 0n ? -1n : 1n;
  return { n: (s * n) / g, d: (s * d) / g };
}
const isInt = (r: Rational) => r.d === 1n;
const LIMIT = 1n << BigInt(MAX_BITS);
/** A comparison, not a count of digits: this runs once per factor of a long product. */
const tooBig = (r: Rational) => r.n >= LIMIT || -r.n >= LIMIT;

/** Compares two rationals: negative, zero or positive. */
export function compareRational(a: Rational, b: Rational): number {
  const diff = a.n * b.d - b.n * a.d;
  return diff === 0n ? 0 : diff < 0n ? -1 : 1;
}

export function formatRational(r: Rational): string {
  return r.d === 1n ? r.n.toString() : `${r.n}/${r.d}`;
}

/**
 * The exact value of a closed expression (no free symbols), or null when it is not a
 * rational number the checker can compute (π, √2, sin 1, a huge power…).
 */
export function evaluateExact(
  e: Expr,
  env: ReadonlyMap<string, Rational> = new Map(),
): Rational | null {
  // No closure made per call (see evaluateFloat).
  switch (e.k) {
    case 'num':
      return rational(e.n, e.d);
    case 'sym':
      return env.get(e.name) ?? null;
    case 'const':
      return null;
    case 'add': {
      let acc: Rational | null = { n: 0n, d: 1n };
      for (const a of e.args) {
        const v = evaluateExact(a, env);
        if (!v || !acc) return null;
        acc = rational(acc.n * v.d + v.n * acc.d, acc.d * v.d);
      }
      return acc;
    }
    case 'mul': {
      let acc: Rational | null = { n: 1n, d: 1n };
      for (const a of e.args) {
        const v = evaluateExact(a, env);
        if (!v || !acc) return null;
        acc = rational(acc.n * v.n, acc.d * v.d);
        if (acc && tooBig(acc)) return null;
      }
      return acc;
    }
    case 'neg': {
      const v = evaluateExact(e.a, env);
      return v && { n: -v.n, d: v.d };
    }
    case 'div': {
      const a = evaluateExact(e.a, env);
      const b = evaluateExact(e.b, env);
      return a && b ? rational(a.n * b.d, a.d * b.n) : null;
    }
    case 'pow':
      return power(evaluateExact(e.a, env), evaluateExact(e.b, env));
    case 'root':
      return root(evaluateExact(e.a, env), evaluateExact(e.n, env));
    case 'big':
      return big(e, env);
    case 'app':
      return null;
    case 'fn': {
      const args: Rational[] = [];
      for (const a of e.args) {
        const v = evaluateExact(a, env);
        if (!v) return null;
        args.push(v);
      }
      return apply(e.name, args);
    }
  }
}

function power(a: Rational | null, b: Rational | null): Rational | null {
  if (!a || !b || !isInt(b)) return null;
  const k = b.n < 0n ? -b.n : b.n;
  const bits = Math.max(a.n.toString(16).length, a.d.toString(16).length) * 4;
  if (bits * Number(k) > MAX_BITS * 4 && abs(a.n) !== 1n) return null;
  if (a.n === 0n && b.n <= 0n) return null;
  const r = rational(a.n ** k, a.d ** k);
  return r && b.n < 0n ? rational(r.d, r.n) : r;
}

function intRoot(x: bigint, n: bigint): bigint | null {
  if (x < 0n) return null;
  const r = BigInt(Math.round(Number(x) ** (1 / Number(n))));
  for (const c of [r - 1n, r, r + 1n]) if (c >= 0n && c ** n === x) return c;
  return null;
}

function root(a: Rational | null, n: Rational | null): Rational | null {
  if (!a || !n || !isInt(n) || n.n < 2n || n.n > 64n) return null;
  const negative = a.n < 0n;
  if (negative && n.n % 2n === 0n) return null;
  const num = intRoot(abs(a.n), n.n);
  const den = intRoot(a.d, n.n);
  if (num === null || den === null) return null;
  return rational(negative ? -num : num, den);
}

function big(e: Extract<Expr, { k: 'big' }>, env: ReadonlyMap<string, Rational>): Rational | null {
  // Integrals and derivatives are computed in floating point only.
  if (e.op === 'int' || e.op === 'deriv') return null;
  const lo = evaluateExact(e.lo, env);
  const hi = evaluateExact(e.hi, env);
  if (!lo || !hi || !isInt(lo) || !isInt(hi) || hi.n - lo.n > BigInt(MAX_TERMS)) return null;
  let acc: Rational | null = e.op === 'sum' ? { n: 0n, d: 1n } : { n: 1n, d: 1n };
  const inner = new Map(env);
  for (let v = lo.n; v <= hi.n; v++) {
    inner.set(e.v, { n: v, d: 1n });
    const t = evaluateExact(e.body, inner);
    if (!t || !acc) return null;
    acc =
      e.op === 'sum'
        ? rational(acc.n * t.d + t.n * acc.d, acc.d * t.d)
        : rational(acc.n * t.n, acc.d * t.d);
    if (acc && tooBig(acc)) return null;
  }
  return acc;
}

function apply(name: string, args: Rational[]): Rational | null {
  const [a, b] = args;
  const ints = args.every(isInt);
  const int = (x: bigint) => ({ n: x, d: 1n });
  switch (name) {
    case 'abs':
      return { n: abs(a.n), d: a.d };
    case 'floor':
      return int(a.n >= 0n ? a.n / a.d : -((-a.n + a.d - 1n) / a.d));
    case 'ceil':
      return int(a.n >= 0n ? (a.n + a.d - 1n) / a.d : -(-a.n / a.d));
    case 'fact': {
      if (!ints || a.n < 0n || a.n > 1000n) return null;
      let r = 1n;
      for (let i = 2n; i <= a.n; i++) r *= i;
      return int(r);
    }
    case 'binom': {
      if (!ints || a.n < 0n || a.n > 10_000n) return null;
      if (b.n < 0n || b.n > a.n) return int(0n);
      let r = 1n;
      for (let i = 1n; i <= b.n; i++) r = (r * (a.n - b.n + i)) / i;
      return int(r);
    }
    case 'gcd':
      return ints ? int(args.reduce((x, y) => gcd(x, y.n), 0n)) : null;
    case 'lcm':
      return ints
        ? int(args.reduce((x, y) => (x === 0n || y.n === 0n ? 0n : abs(x * y.n) / gcd(x, y.n)), 1n))
        : null;
    case 'max':
      return args.reduce((x, y) => (compareRational(x, y) >= 0 ? x : y));
    case 'min':
      return args.reduce((x, y) => (compareRational(x, y) <= 0 ? x : y));
    default:
      return null;
  }
}
