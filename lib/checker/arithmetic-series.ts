import { evaluateFloat } from './evaluate-float';
import { type Expr, freeSymbols, num, someNode } from './expr';

/** The index of a series read from `1 + 2 + \cdots + n`: a name no proof writes. */
const INDEX = '\\cdots-index';

const integerLiteral = (e: Expr): bigint | null =>
  e.k === 'num' && e.d === 1n && e.decimals === 0
    ? e.n
    : e.k === 'neg' && e.a.k === 'num' && e.a.d === 1n && e.a.decimals === 0
      ? -e.a.n
      : null;

/** A last term whose value a progression can reach: sums and products of symbols and numbers. */
const affineLooking = (e: Expr): boolean =>
  !someNode(e, (n) => !['num', 'sym', 'add', 'mul', 'neg'].includes(n.k));

/**
 * `1 + 2 + \cdots + n`, `1 + 3 + 5 + \cdots + (2k-1)`: the terms written before the dots are
 * whole numbers in one arithmetic progression, and the last term is where it stops. Read as
 * the sum of the progression from its first term to the last, or null when the written terms
 * do not pin one down (`1 + 2 + \cdots + 2^k` may be doubling, so a power ends nothing).
 */
export function arithmeticSeries(before: readonly Expr[], last: Expr): Expr | null {
  const values = before.map(integerLiteral);
  if (values.length < 2 || values.some((v) => v === null)) return null;
  const [first, second] = values as bigint[];
  const step = second - first;
  if (step === 0n) return null;
  if ((values as bigint[]).some((v, i) => v !== first + BigInt(i) * step)) return null;
  if (!affineLooking(last)) return null;
  const lastValue = integerLiteral(last);
  if (lastValue !== null && ((lastValue - first) % step !== 0n || (lastValue - first) / step < 1n))
    return null;
  // Terms first + v·step for v = 0 … (last − first)/step.
  const hi: Expr = { k: 'div', a: { k: 'add', args: [last, num(-first)] }, b: num(step) };
  const body: Expr = { k: 'add', args: [num(first), { k: 'mul', args: [num(step), sym(INDEX)] }] };
  return { k: 'big', op: 'sum', v: INDEX, lo: num(0n), hi, body };
}

const sym = (name: string): Expr => ({ k: 'sym', name });

const same = (a: Expr, b: Expr) => JSON.stringify(a, bigints) === JSON.stringify(b, bigints);
const bigints = (_: string, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v);

/** `X^{e}` as base and exponent; `X` is `X^1` and `1` is `X^0` when the base is known. */
function powerOf(e: Expr, base: Expr | null): { base: Expr; exp: Expr } | null {
  if (e.k === 'pow') return { base: e.a, exp: e.b };
  if (base && same(e, base)) return { base, exp: num(1n) };
  if (base && e.k === 'num' && e.n === 1n && e.d === 1n) return { base, exp: num(0n) };
  return null;
}

/** Whether `b − a` is the constant `step` (checked at a few points: exponents are affine). */
function differsBy(a: Expr, b: Expr, step: number): boolean {
  const diff: Expr = { k: 'add', args: [b, { k: 'neg', a }] };
  return [0.37, 1.91, 4.3].every((x) => {
    const v = evaluateAt(diff, x);
    return Number.isFinite(v) && Math.abs(v - step) < 1e-9;
  });
}

/**
 * `X^{t-1} + X^{t-2} + \cdots + X + 1`, `7^{b-1} + 7^{b-2} + \cdots + 1`: powers of one base
 * whose exponents written before the dots fall (or rise) by one, down (or up) to the last
 * term (`X` is the first power, `1` the zeroth). Read as the sum of those powers, or null.
 */
export function geometricSeries(before: readonly Expr[], last: Expr): Expr | null {
  if (before.length < 2) return null;
  const first = before.map((t) => powerOf(t, null)).find((p) => p !== null);
  if (!first) return null;
  const powers = before.map((t) => powerOf(t, first.base));
  if (powers.some((p) => !p || !same(p.base, first.base))) return null;
  const exps = powers.map((p) => (p as { exp: Expr }).exp);
  const step = differsBy(exps[0], exps[1], -1) ? -1 : differsBy(exps[0], exps[1], 1) ? 1 : 0;
  if (step === 0 || exps.some((e, i) => i > 0 && !differsBy(exps[i - 1], e, step))) return null;
  const end = powerOf(last, first.base);
  if (!end || !same(end.base, first.base)) return null;
  const [lo, hi] = step === -1 ? [end.exp, exps[0]] : [exps[0], end.exp];
  const v = INDEX;
  return { k: 'big', op: 'sum', v, lo, hi, body: { k: 'pow', a: first.base, b: sym(v) } };
}

/** An exponent's value with every symbol in it set to `x`. */
function evaluateAt(e: Expr, x: number): number {
  return evaluateFloat(e, new Map([...freeSymbols(e)].map((name) => [name, x])), false);
}
