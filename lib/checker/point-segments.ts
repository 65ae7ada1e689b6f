import type { Expr } from './expr';
import { bodyOf, type TexNode } from './katex-tree';
import { POINT_PAIR } from './number-pairs';
import type { Points } from './points';
import { rewriteInner } from './rewrite-inner';
import { serialize, toExprOrNull } from './to-expr';

/**
 * Two capitals side by side ("AF", "O_{1}O_{2}") that the text gave coordinates name the
 * segment between them: "AF = |b\\cos\\alpha|" after "A = (0, 0)", "F = (b\\cos\\alpha, 0)".
 * Such a side, left unread for its pair of capitals, is read again with each pair of points
 * as their distance (`\\overline{AF}`, which `Points` computes). Three capitals in a row
 * ("ABC": a triangle, an angle) and pairs with a letter that is no such point stay unread.
 */

const CAPITAL = /^[A-Z]$/;

/** A capital, with a subscript or a prime: how a point is named. */
function pointLetter(n: TexNode | undefined): boolean {
  const base = n?.type === 'supsub' ? n.base : n;
  return !!base && base.type === 'mathord' && CAPITAL.test(base.text ?? '');
}

/** A point's name and the power written on it: "B^{2}" is B squared, "I'" a name. */
function named(n: TexNode): { name: TexNode; power: TexNode | null } {
  const sup = n.type === 'supsub' ? n.sup : null;
  const inner = sup ? bodyOf(sup) : [];
  const primes =
    sup?.text === '\\prime' || (inner.length > 0 && inner.every((s) => s.text === '\\prime'));
  if (!sup || primes) return { name: n, power: null };
  return { name: n.sub ? { ...n, sup: null } : (n.base as TexNode), power: sup };
}

/** Nodes with each pair of points made one segment; null at a pair that is not two points. */
function asSegments(nodes: readonly TexNode[], points: Points): TexNode[] | null {
  const out: TexNode[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const n = within(nodes[i], points);
    if (!n) return null;
    if (!(pointLetter(n) && pointLetter(nodes[i + 1]))) {
      out.push(n);
      continue;
    }
    const [a, b] = [named(n), named(nodes[i + 1] as TexNode)];
    if (a.power || pointLetter(nodes[i - 1]) || pointLetter(nodes[i + 2])) return null;
    if (!points.has(serialize([a.name])) || !points.has(serialize([b.name]))) return null;
    const segment: TexNode = {
      type: 'accent',
      label: '\\overline',
      base: { type: 'ordgroup', body: [a.name, b.name] },
    };
    // "QB^2": the segment squared, not Q times B squared.
    out.push(b.power ? { type: 'supsub', base: segment, sup: b.power } : segment);
    i++;
  }
  return out;
}

/** A point's own name (O_{1}) and a vector named by its points (\\overrightarrow{OX}) stay. */
const ownName = (n: TexNode) => (n.type === 'supsub' && pointLetter(n)) || n.type === 'accent';

/** A node with the lists inside it read likewise ("\\frac{AB}{2}", "|O_{1}O_{2}|^{2}"). */
const within = (n: TexNode, points: Points) =>
  rewriteInner(n, (nodes) => asSegments(nodes, points), ownName);

/** A side the reader left unread for a pair of capitals, read with pairs of points as segments. */
export function readSegments(
  side: Expr | string,
  nodes: readonly TexNode[],
  points: Points,
): Expr | null {
  if (typeof side !== 'string') return side;
  if (side !== POINT_PAIR || points.size === 0) return null;
  const put = asSegments(nodes, points);
  return put ? toExprOrNull(put) : null;
}

/**
 * A side read as an expression although it has a pair of points in it ("QB^2" read as Q·B²),
 * read again with the pair as a segment; null when it has no such pair.
 */
export function rereadWithSegments(nodes: readonly TexNode[], points: Points): Expr | null {
  if (points.size === 0) return null;
  const put = asSegments(nodes, points);
  if (!put || put.every((n, i) => n === nodes[i])) return null;
  return toExprOrNull(put);
}
