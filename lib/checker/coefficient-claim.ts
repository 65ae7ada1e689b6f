import type { Expr } from './expr';

/** A product of numbers and powers of symbols: its numbers, and its symbols with exponents. */
interface Monomial {
  numbers: number;
  symbols: string[];
}

function monomialOf(e: Expr): Monomial | null {
  switch (e.k) {
    case 'num':
      return { numbers: 1, symbols: [] };
    case 'sym':
      return { numbers: 0, symbols: [e.name] };
    case 'neg':
      return monomialOf(e.a);
    case 'pow':
      return e.a.k === 'sym' && e.b.k === 'num' && e.b.d === 1n
        ? { numbers: 0, symbols: [`${e.a.name}^${e.b.n}`] }
        : null;
    case 'mul': {
      const out: Monomial = { numbers: 0, symbols: [] };
      for (const a of e.args) {
        const m = monomialOf(a);
        if (!m) return null;
        out.numbers += m.numbers;
        out.symbols.push(...m.symbols);
      }
      return out;
    }
    default:
      return null;
  }
}

/**
 * "20M = 5\\cdot(4M)": both sides the same product of symbols, and one side multiplies out
 * two or more numbers: a computation of the coefficient, checked as an identity (a changed
 * number makes it false). "20M = 24M" multiplies nothing out: an equation (M = 0), skipped.
 */
export function claimsCoefficient(l: Expr, r: Expr): boolean {
  const [ml, mr] = [monomialOf(l), monomialOf(r)];
  if (!ml || !mr || ml.symbols.length === 0) return false;
  const same = ml.symbols.sort().join('·') === mr.symbols.sort().join('·');
  return same && (ml.numbers >= 2 || mr.numbers >= 2);
}
