import { type Expr, infinity, Unreadable } from './expr';
import { bodyOf, type TexNode } from './katex-tree';

/**
 * How a definite integral is written in KaTeX's tree: `\int_{lo}^{hi} body \, dx`. The sign
 * carries the bounds; the integrand runs to its differential (`dx`, `\mathrm{d}x`), found at
 * the same level of the formula, past the differentials of integrals inside it.
 */

const isIntegralOp = (n: TexNode | null | undefined) => n?.type === 'op' && n.name === '\\int';

/** `\int` on its own or with bounds. */
export const isIntegralSign = (n: TexNode | undefined) =>
  n !== undefined && (isIntegralOp(n) || (n.type === 'supsub' && isIntegralOp(n.base)));

/** `d` or `\mathrm{d}`, `\operatorname{d}`: the differential's letter. */
function isD(n: TexNode): boolean {
  if (n.type === 'mathord') return n.text === 'd';
  if (n.type === 'font' || n.type === 'operatorname') {
    const inner = bodyOf(n);
    return inner.length === 1 && inner[0].type === 'mathord' && inner[0].text === 'd';
  }
  return false;
}

/** A variable of integration: one letter, Latin or Greek, without scripts. */
const isVariable = (n: TexNode | undefined) =>
  n?.type === 'mathord' && /^(?:[a-zA-Z]|\\[a-zA-Z]+)$/.test(n.text ?? '');

/**
 * Where the integrand that starts at `from` ends: the index of its differential's `d` and
 * the variable, or null when it is written otherwise (`\frac{dx}{x}`, `(-d\psi)`).
 */
export function differentialOf(
  ns: readonly TexNode[],
  from: number,
): { at: number; v: string } | null {
  let inner = 0;
  for (let j = from; j < ns.length - 1; j++) {
    if (isIntegralSign(ns[j])) inner++;
    else if (isD(ns[j]) && isVariable(ns[j + 1])) {
      if (inner === 0) return { at: j, v: ns[j + 1].text ?? '' };
      inner--;
    }
  }
  return null;
}

/** The bounds as written under and over the sign; the lower may name the variable (`\psi = 0`). */
export function boundNodes(sign: TexNode): { named: string | null; lo: TexNode[]; hi: TexNode[] } {
  if (sign.type !== 'supsub' || !sign.sub || !sign.sup)
    throw new Unreadable('an indefinite integral');
  const sub = bodyOf(sign.sub).length ? bodyOf(sign.sub) : [sign.sub];
  const hi = bodyOf(sign.sup).length ? bodyOf(sign.sup) : [sign.sup];
  const eq = sub.findIndex((s) => s.type === 'atom' && s.family === 'rel' && s.text === '=');
  if (eq === 1 && isVariable(sub[0])) return { named: sub[0].text ?? '', lo: sub.slice(2), hi };
  if (sub.some((s) => s.type === 'atom' && s.family === 'rel'))
    throw new Unreadable('an integral over a set');
  return { named: null, lo: sub, hi };
}

const isInfty = (n: TexNode | undefined) => n?.type === 'textord' && n.text === '\\infty';
const signOf = (n: TexNode | undefined) =>
  n?.type === 'atom' && n.family === 'bin' ? (n.text ?? '') : '';

/** `\infty`, `+\infty`, `-\infty` as an infinite bound; anything else read by `read`. */
export function boundOf(nodes: TexNode[], read: (ns: TexNode[]) => Expr): Expr {
  if (nodes.length === 1 && isInfty(nodes[0])) return infinity(1n);
  if (nodes.length === 2 && isInfty(nodes[1])) {
    if (signOf(nodes[0]) === '+') return infinity(1n);
    if (signOf(nodes[0]) === '-') return infinity(-1n);
  }
  return read(nodes);
}
