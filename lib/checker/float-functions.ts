/**
 * The values of the functions the checker knows, in floating point: what `evaluateFloat`,
 * pinned values and compiled integrands all compute for `\\sqrt[n]{a}`, `\\sin`, `\\binom` ….
 */

/** `a` to the power `b`; NaN for 0 to a power ≤ 0, which has no value (JS gives 1 or Infinity). */
export function powerFloat(a: number, b: number): number {
  return a === 0 && b <= 0 ? Number.NaN : a ** b;
}

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
