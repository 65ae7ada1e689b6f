import type { Expr } from './expr';
import { bodyOf, type TexNode } from './katex-tree';
import type { RelationOp } from './relations';
import { serialize, toExprOrNull } from './to-expr';

/**
 * A sum over the terms of a sequence ("\\sum_{i=1}^{n-1} a_i") is left unread: `a_i` is a
 * symbol, and the sum of one symbol is not the sum of the terms. Such a relation is read again
 * with each term `a_k` of a sequence summed over (inside the sum and out) as the value of an
 * unknown function at k, so that "3 + 1 + \\sum_{i=1}^{n-1} a_i = 4 + \\sum_{i=1}^{n-1} a_i" or
 * "\\sum_{i=0}^{n-1} a_i = a_0 + \\sum_{i=1}^{n-1} a_i" is an identity in an arbitrary sequence.
 * Confirm-only: what the text knows of the sequence is not used.
 */

/** The message the reader gives a side with such a sum. */
export const SEQUENCE_SUM = 'a sum over a sequence';

const BULLET: TexNode = { type: 'mathord', text: '\\bullet' };
const OPEN: TexNode = { type: 'atom', family: 'open', text: '(' };
const CLOSE: TexNode = { type: 'atom', family: 'close', text: ')' };

/** Each node of a list and the nodes inside it (scripts, fractions, groups). */
function each(nodes: readonly TexNode[], visit: (n: TexNode) => void): void {
  for (const n of nodes) {
    visit(n);
    if (Array.isArray(n.body)) each((n.body as unknown[]).flat() as TexNode[], visit);
    for (const key of ['body', 'base', 'sup', 'sub', 'numer', 'denom', 'index'] as const) {
      const child = n[key];
      if (child && !Array.isArray(child)) each([child as TexNode], visit);
    }
  }
}

/** The letters written as subscripts of a sum's index in a relation: "a" in "\\sum_{i} a_i". */
function summedSequences(nodes: readonly TexNode[]): Set<string> {
  const indices: string[] = [];
  each(nodes, (n) => {
    if (n.type !== 'supsub' || n.base?.type !== 'op' || !n.sub) return;
    if (n.base.name !== '\\sum' && n.base.name !== '\\prod') return;
    const sub = bodyOf(n.sub);
    if (sub[0]?.type === 'mathord' && sub[1]?.text === '=') indices.push(sub[0].text ?? '');
  });
  const bases = new Set<string>();
  if (indices.length === 0) return bases;
  const usesIndex = new RegExp(`(^|[^a-zA-Z\\\\])(${indices.join('|')})([^a-zA-Z]|$)`);
  each(nodes, (n) => {
    if (n.type === 'supsub' && n.base?.type === 'mathord' && n.sub)
      if (usesIndex.test(serialize([n.sub]))) bases.add(n.base.text ?? '');
  });
  return bases;
}

/** Nodes with each `a_k` of those sequences written `a_•(k)`. */
function asApplications(nodes: readonly TexNode[], bases: ReadonlySet<string>): TexNode[] {
  const out: TexNode[] = [];
  for (const n of nodes) {
    if (
      n.type === 'supsub' &&
      n.base?.type === 'mathord' &&
      n.sub &&
      bases.has(n.base.text ?? '')
    ) {
      const index = asApplications(n.sub.type === 'ordgroup' ? bodyOf(n.sub) : [n.sub], bases);
      out.push({ type: 'supsub', base: n.base, sub: BULLET }, OPEN, ...index);
      out.push(n.sup ? { type: 'supsub', base: CLOSE, sup: n.sup } : CLOSE);
      continue;
    }
    out.push(within(n, bases));
  }
  return out;
}

function within(n: TexNode, bases: ReadonlySet<string>): TexNode {
  const copy: TexNode = { ...n };
  if (Array.isArray(n.body) && !n.body.some(Array.isArray))
    copy.body = asApplications(n.body as TexNode[], bases);
  for (const key of ['body', 'base', 'sup', 'sub', 'numer', 'denom', 'index'] as const) {
    const child = n[key];
    if (child && !Array.isArray(child))
      (copy as unknown as Record<string, unknown>)[key] = asApplications(
        [child as TexNode],
        bases,
      )[0];
  }
  return copy;
}

type Side = Expr | string;
type Judged = { verdict: string; basis?: string };

/**
 * A relation left unread for a sum over a sequence, judged (`judge`) with the sequence's terms
 * read as an unknown function's values: holds with that reading as its basis, or null.
 */
export function judgeSequenceSums<V extends Judged>(
  nodes: readonly [TexNode[], TexNode[]],
  sides: readonly [Side, Side],
  op: RelationOp,
  judge: (lhs: Expr, rhs: Expr) => V,
): (V & { basis: string }) | null {
  if (sides[0] !== SEQUENCE_SUM && sides[1] !== SEQUENCE_SUM) return null;
  // Equations only: an unknown function's draws bound no sum, and "\\sum_{c=1}^{22} d_c^2 \\ge
  // 108" held at every one of them.
  if (op !== '=') return null;
  const bases = summedSequences([...nodes[0], ...nodes[1]]);
  if (bases.size === 0) return null;
  const lhs = toExprOrNull(asApplications(nodes[0], bases));
  const rhs = toExprOrNull(asApplications(nodes[1], bases));
  if (!lhs || !rhs) return null;
  const v = judge(lhs, rhs);
  if (v.verdict !== 'holds') return null;
  const reading = `an identity in any sequence ${[...bases].join(', ')}`;
  return { ...v, basis: v.basis ? `${v.basis}; ${reading}` : reading };
}
