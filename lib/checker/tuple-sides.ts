import { bodyOf, type TexNode } from './katex-tree';

/** Letters and operators before a bracket that make it an argument list, not a tuple. */
const APPLIES = /^(f|g|h|F|G|H|P|Q|R|T|S|d|o|O|\\varphi|\\phi|\\sigma|\\tau|\\psi|\\Phi)$/;

const mclass = (n: TexNode) => (n as unknown as { mclass?: string }).mclass;
const delim = (n: TexNode) => (n as unknown as { delim?: string }).delim;
/** +1 for any opening bracket, -1 for any closing one (a factorial's `!` is not one). */
function depthChange(n: TexNode): number {
  if ((n.type === 'atom' && n.family === 'open') || mclass(n) === 'mopen') return 1;
  if ((n.type === 'atom' && n.family === 'close' && n.text !== '!') || mclass(n) === 'mclose')
    return -1;
  return 0;
}
const opens = (n: TexNode) => depthChange(n) === 1 && (n.text === '(' || delim(n) === '(');
const closes = (n: TexNode) => depthChange(n) === -1 && (n.text === ')' || delim(n) === ')');

/** A list split at its commas outside any bracket. */
function splitTopCommas(nodes: readonly TexNode[]): TexNode[][] {
  const parts: TexNode[][] = [[]];
  let depth = 0;
  for (const n of nodes) {
    depth += depthChange(n);
    if (depth === 0 && n.type === 'atom' && n.family === 'punct' && n.text === ',') parts.push([]);
    else parts[parts.length - 1].push(n);
  }
  return parts;
}
const isBar = (n: TexNode) => ['|', '\\vert', '\\lvert', '\\rvert', '\\|'].includes(n.text ?? '');
const plusOrMinus = (n: TexNode) =>
  n.type === 'atom' && n.family === 'bin' && (n.text === '+' || n.text === '-');

/** Whether what stands before a bracket lets it be a tuple (not `f(a, b)`, `\\max(a, b)`). */
const takesTuple = (before: TexNode | undefined) =>
  !before ||
  (before.type !== 'op' && before.type !== 'operatorname' && !APPLIES.test(before.text ?? ''));

/** A side cut into plain nodes and the parts of each top-level `(a, b)` it adds or scales. */
type Piece = { nodes: TexNode[] } | { parts: TexNode[][] };

/**
 * The top-level pieces of one side, or null when a tuple in it is not one this reading can
 * take apart: inside bars (a length), under a power, after a function letter, or two in one
 * term (a dot product).
 */
function pieces(nodes: readonly TexNode[]): Piece[] | null {
  const out: Piece[] = [];
  let inTerm = 0;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    if (isBar(n)) return null;
    if (plusOrMinus(n)) inTerm = 0;
    if (n.type === 'leftright' && n.left === '(' && n.right === ')') {
      const parts = splitTopCommas(bodyOf(n));
      if (parts.length < 2) out.push({ nodes: [n] });
      else if (!takesTuple(nodes[i - 1]) || ++inTerm > 1) return null;
      else out.push({ parts });
      continue;
    }
    if (!opens(n)) {
      out.push({ nodes: [n] });
      continue;
    }
    let depth = 0;
    let j = i;
    for (; j < nodes.length; j++) {
      depth += depthChange(nodes[j]);
      if (depth === 0) break;
    }
    if (j >= nodes.length || !closes(nodes[j])) return null;
    const parts = splitTopCommas(nodes.slice(i + 1, j));
    if (parts.length < 2) {
      out.push({ nodes: nodes.slice(i, j + 1) });
    } else {
      if (!takesTuple(nodes[i - 1]) || nodes[j + 1]?.type === 'supsub' || ++inTerm > 1) return null;
      out.push({ parts });
    }
    i = j;
  }
  return out;
}

const open: TexNode = { type: 'atom', family: 'open', text: '(' };
const close: TexNode = { type: 'atom', family: 'close', text: ')' };

function component(ps: readonly Piece[], k: number): TexNode[] {
  return ps.flatMap((p) => ('parts' in p ? [open, ...p.parts[k], close] : p.nodes));
}

/**
 * "c(b\cos\alpha, 0) = (bc\cos\alpha, 0)": a relation between tuples, read component by
 * component, when both sides add and scale tuples of one length; `computes` when a side does
 * arithmetic on tuples (its components then rewrite each other). Null otherwise.
 */
export function tupleComponents(
  lhs: readonly TexNode[],
  rhs: readonly TexNode[],
): { components: [TexNode[], TexNode[]][]; computes: boolean } | null {
  const l = pieces(lhs);
  const r = pieces(rhs);
  if (!l || !r) return null;
  const sizes = new Set([...l, ...r].flatMap((p) => ('parts' in p ? [p.parts.length] : [])));
  const both = [l, r].every((side) => side.some((p) => 'parts' in p));
  if (!both || sizes.size !== 1) return null;
  const [size] = sizes;
  const components = Array.from(
    { length: size },
    (_, k) => [component(l, k), component(r, k)] as [TexNode[], TexNode[]],
  );
  // A side that scales or adds tuples computes; "(u + d, v) = (x, y)" only states equations.
  const plain = (side: Piece[]) =>
    side.filter(
      (p) => 'parts' in p || p.nodes.some((n) => n.type !== 'kern' && n.type !== 'spacing'),
    ).length === 1;
  return { components, computes: !plain(l) || !plain(r) };
}

/**
 * One side that adds and scales tuples of one length ("b(c\\cos\\alpha, 0) + (1, 2)"), as its
 * nodes per component; null when it has no tuple or one this reading cannot take apart.
 */
export function tupleSideComponents(nodes: readonly TexNode[]): TexNode[][] | null {
  const ps = pieces(nodes);
  if (!ps) return null;
  const sizes = new Set(ps.flatMap((p) => ('parts' in p ? [p.parts.length] : [])));
  if (sizes.size !== 1) return null;
  const [size] = sizes;
  return Array.from({ length: size }, (_, k) => component(ps, k));
}
