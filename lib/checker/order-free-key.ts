import type { Expr } from './expr';
import { showExpr } from './show-expr';

/**
 * An expression written out with the terms of each sum and the factors of each product in
 * sorted order: two expressions get the same key when they are written alike but for the
 * order of those. "b = 1 + 2s" says "b = 2s + 1" again; "1 + 3^{20M} + 3^{28M}" for
 * "1 + 3^{20M} + 9^{14M}" is a rewriting.
 */
export function orderFreeKey(e: Expr): string {
  switch (e.k) {
    case 'num':
    case 'sym':
    case 'const':
      return showExpr(e);
    case 'add':
    case 'mul':
      return `${e.k}(${e.args.map(orderFreeKey).sort().join(',')})`;
    case 'neg':
      return `neg(${orderFreeKey(e.a)})`;
    case 'div':
    case 'pow':
      return `${e.k}(${orderFreeKey(e.a)},${orderFreeKey(e.b)})`;
    case 'root':
      return `root(${orderFreeKey(e.a)},${orderFreeKey(e.n)})`;
    case 'fn':
    case 'app':
      return `${e.k}:${e.name}(${e.args.map(orderFreeKey).join(',')})`;
    case 'big':
      return `${e.op}:${e.v}(${orderFreeKey(e.lo)},${orderFreeKey(e.hi)},${orderFreeKey(e.body)})`;
  }
}

/** Whether `l = r` is `a = b` written again, in either order, up to the order of terms and factors. */
export function writtenAlike(l: Expr, r: Expr, a: Expr, b: Expr): boolean {
  const [kl, kr, ka, kb] = [l, r, a, b].map(orderFreeKey);
  return (kl === ka && kr === kb) || (kl === kb && kr === ka);
}
