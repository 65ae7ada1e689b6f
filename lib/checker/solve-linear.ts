import { evaluateFloat } from './evaluate-float';
import { type Expr, num, substitute } from './expr';
import { hashString, mulberry32 } from './prng';
import { holdsAt } from './sample';

/** Where the symbol is set, at points of the others over the reals: a bend (|x|) shows. */
const STEPS = [-3.7, 0, 1.3, 2.9];
/** Symbols of an equation tried at most. */
const MAX_SYMBOLS = 6;

/** The slope as a fraction with a small denominator ("2", "-1/3"), or null. */
function smallFraction(x: number): Expr | null {
  for (let d = 1; d <= 12; d++) {
    const n = Math.round(x * d);
    if (n !== 0 && Math.abs(n / d - x) <= 1e-9 * Math.max(1, Math.abs(x)))
      return n < 0 ? { k: 'neg', a: num(BigInt(-n), BigInt(d)) } : num(BigInt(n), BigInt(d));
  }
  return null;
}

/**
 * Each symbol an equation gives a value to by solving for it, when it enters (left − right)
 * as a number times itself and nowhere else: "v - 1 = (\\rho + 1)/\\Delta" gives v, "E + O =
 * -4" gives E and O. Tested at three points of the other symbols, the symbol set to each of
 * STEPS: the slope must be one nonzero number throughout, a simple fraction.
 */
export function solvedSymbols(lhs: Expr, rhs: Expr, symbols: readonly string[]): Map<string, Expr> {
  const out = new Map<string, Expr>();
  if (symbols.length > MAX_SYMBOLS) return out;
  const d: Expr = { k: 'add', args: [lhs, { k: 'neg', a: rhs }] };
  const random = mulberry32(hashString(symbols.join(',')));
  for (const s of symbols) {
    let slope: number | null = null;
    let linear = true;
    for (let p = 0; p < 3 && linear; p++) {
      const at = new Map(symbols.map((t) => [t, (random() - 0.5) * 10]));
      const values = STEPS.map((v) => evaluateFloat(d, at.set(s, v), false));
      if (!values.every(Number.isFinite)) linear = false;
      for (let i = 1; i < STEPS.length && linear; i++) {
        const step = (values[i] - values[i - 1]) / (STEPS[i] - STEPS[i - 1]);
        slope ??= step;
        linear = holdsAt(step, slope, '=', 1e-9);
      }
    }
    const coefficient = linear && slope !== null ? smallFraction(slope) : null;
    if (!coefficient) continue;
    // s = -(d with s = 0) / slope
    const rest = substitute(d, new Map([[s, num(0n)]]));
    out.set(s, { k: 'div', a: { k: 'neg', a: rest }, b: coefficient });
  }
  return out;
}
