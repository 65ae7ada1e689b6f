import type { Expr } from './expr';

/** An expression in plain text, for a basis ("x + y", "-1", "f(t)"). */
export function showExpr(e: Expr): string {
  switch (e.k) {
    case 'num':
      return e.d === 1n ? String(e.n) : `${e.n}/${e.d}`;
    case 'sym':
      return e.name;
    case 'const':
      return '\\pi';
    case 'add':
      return e.args.map(showExpr).join(' + ').replaceAll('+ -', '- ');
    case 'mul':
      return e.args.map(inner).join(' ');
    case 'neg':
      return `-${inner(e.a)}`;
    case 'div':
      return `${inner(e.a)}/${inner(e.b)}`;
    case 'pow':
      return `${inner(e.a)}^${exponent(e.b)}`;
    case 'fn':
    case 'app':
      return `${e.name}(${e.args.map(showExpr).join(', ')})`;
    default:
      return '…';
  }
}

/**
 * A part of a product, power, quotient or negation, bracketed where it is a sum or a
 * negation. Made once, not per call: under tsx each closure is also named as it is made.
 */
const inner = (a: Expr) => (a.k === 'add' || a.k === 'neg' ? `(${showExpr(a)})` : showExpr(a));

/**
 * An exponent as TeX reads it: one letter or digit bare ("x^2"), anything longer braced
 * ("2^{10}", "3^{20 M}"): a basis is shown typeset, where "2^10" would read as 2²0.
 */
const exponent = (b: Expr) => {
  const shown = showExpr(b);
  return /^[a-zA-Z0-9]$/.test(shown) ? shown : `{${shown}}`;
};
