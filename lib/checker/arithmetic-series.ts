import { type Expr, num, someNode } from './expr';

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
