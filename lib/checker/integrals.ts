import { type Expr, mapChildren, someNode } from './expr';

/**
 * Formulas with definite integrals (`\int_0^1 x^2\,dx = \frac13`), which the checker computes
 * by quadrature (quadrature.ts). What the reader leaves to the formula as a whole is here.
 */

const isIntegral = (n: Expr) => n.k === 'big' && n.op === 'int';
export const hasIntegral = (e: Expr) => someNode(e, isIntegral);

const isEulerPower = (n: Expr) => n.k === 'pow' && n.a.k === 'sym' && n.a.name === 'e';

/** `e` as the base of a power: e^{x} read as exp(x). */
function asExp(e: Expr): Expr {
  if (!someNode(e, isEulerPower)) return e;
  if (e.k === 'pow' && isEulerPower(e)) return { k: 'fn', name: 'exp', args: [asExp(e.b)] };
  return mapChildren(e, asExp);
}

/**
 * A relation's sides with `e^{…}` read as the exponential where either side has an integral:
 * `\int_M^\infty e^{-w^2}\,dw` and the `e^{-M^2}` it is compared with. Elsewhere `e` stays a
 * letter, as proofs often name a number e (`2^e`, `CE = e`); beside an integral, a power of e
 * is all but always the exponential.
 */
export function withEulerBesideIntegrals(l: Expr, r: Expr): [Expr, Expr] {
  if (!hasIntegral(l) && !hasIntegral(r)) return [l, r];
  return [asExp(l), asExp(r)];
}
