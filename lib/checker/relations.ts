import { bodyOf, type TexNode } from './katex-tree';

/** Relation signs the checker evaluates, by KaTeX symbol. */
export const NUMERIC_RELATIONS: Readonly<Record<string, RelationOp>> = {
  '=': '=',
  '<': '<',
  '\\lt': '<',
  '>': '>',
  '\\gt': '>',
  '\\le': '<=',
  '\\leq': '<=',
  '\\leqslant': '<=',
  '\\ge': '>=',
  '\\geq': '>=',
  '\\geqslant': '>=',
  '≠': '!=',
  '\\approx': '~',
};
export type RelationOp = '=' | '<' | '>' | '<=' | '>=' | '!=' | '~';

/** One relation as written: the nodes of both sides and how it sits in its formula. */
export interface RelationShape {
  op: RelationOp;
  lhs: TexNode[];
  rhs: TexNode[];
  /** Part of a chain `a = b = c` or an `&=` continuation row: a rewriting. */
  chained: boolean;
  /** Relations of one chain share this number. */
  chainId: number;
  /**
   * Its left side is carried from the row above (an `&=` row): only its right side is
   * written for it. Otherwise both sides are.
   */
  carried: boolean;
}

const SPLITTING_SPACES = new Set(['\\quad', '\\qquad']);

/** Whether a node ends a statement inside a formula: a comma, "and", an arrow, a colon… */
function breaksSegment(n: TexNode): boolean {
  if (n.type === 'text' || n.type === 'cr') return true;
  if (n.type === 'atom' && n.family === 'punct') return true;
  if (n.type === 'atom' && n.family === 'rel') return !(n.text && n.text in NUMERIC_RELATIONS);
  if (n.type === 'kern' || n.type === 'spacing') return SPLITTING_SPACES.has(n.text ?? '');
  return false;
}

const isRelation = (n: TexNode) =>
  n.type === 'atom' && n.family === 'rel' && !!n.text && n.text in NUMERIC_RELATIONS;

/** `\neq`, `\ne`, `≠` and `\not=` parse as a two-part "not" over `=`: read them as one sign. */
function plainRelation(n: TexNode): TexNode {
  if (n.type !== 'htmlmathml') return n;
  const mathml = (n as unknown as { mathml?: TexNode[] }).mathml ?? [];
  const inner = mathml.length === 1 && mathml[0].type === 'mclass' ? bodyOf(mathml[0]) : [];
  return inner.length === 1 && inner[0].text === '≠'
    ? { type: 'atom', family: 'rel', text: '≠' }
    : n;
}

/** +1 for an opening bracket, -1 for a closing one (brackets nest; relations inside do not split). */
function depthChange(node: TexNode): number {
  // `(x+y)^2`: the exponent sits on the closing bracket.
  const n = node.type === 'supsub' && node.base ? node.base : node;
  if (n.type === 'atom') {
    if (n.family === 'open') return 1;
    return n.family === 'close' && n.text !== '!' ? -1 : 0;
  }
  if (n.type !== 'delimsizing') return 0;
  const mclass = (n as unknown as { mclass?: string }).mclass;
  return mclass === 'mopen' ? 1 : mclass === 'mclose' ? -1 : 0;
}

/** A `\quad` parses as a kern of 1em: count such kerns as statement breaks too. */
function isWideKern(n: TexNode): boolean {
  if (n.type !== 'kern') return false;
  const dim = (n as unknown as { dimension?: { number: number; unit: string } }).dimension;
  return !!dim && dim.unit === 'em' && dim.number >= 1;
}

/**
 * Splits a node list into statements, each alternating operands and relation signs. Only
 * the first statement of a row, with nothing before it, can continue the row above.
 */
function segments(nodes: readonly TexNode[]): { nodes: TexNode[]; first: boolean }[] {
  const out: { nodes: TexNode[]; first: boolean }[] = [{ nodes: [], first: true }];
  let depth = 0;
  for (const n of nodes) {
    depth = Math.max(0, depth + depthChange(n));
    if (depth === 0 && (breaksSegment(n) || isWideKern(n))) out.push({ nodes: [], first: false });
    else out[out.length - 1].nodes.push(n);
  }
  return out.filter((s) => s.nodes.length > 0);
}

/** The relations of one statement; `carry` is the operand an `&=` row continues from. */
function relationsOf(segment: TexNode[], carry: TexNode[] | null, out: RelationShape[]): TexNode[] {
  const operands: TexNode[][] = [[]];
  const ops: RelationOp[] = [];
  let depth = 0;
  for (const n of segment) {
    depth = Math.max(0, depth + depthChange(n));
    if (depth === 0 && isRelation(n)) {
      ops.push(NUMERIC_RELATIONS[n.text as string]);
      operands.push([]);
    } else operands[operands.length - 1].push(n);
  }
  const continued = carry !== null && operands[0].length === 0 && ops.length > 0;
  if (continued) operands[0] = carry;
  const chained = ops.length > 1 || continued;
  const chainId = out.length;
  for (let k = 0; k < ops.length; k++) {
    if (operands[k].length === 0 || operands[k + 1].length === 0) continue;
    out.push({
      op: ops[k],
      lhs: operands[k],
      rhs: operands[k + 1],
      chained,
      chainId,
      carried: continued && k === 0,
    });
  }
  return operands[operands.length - 1];
}

/** Cells of an aligned row joined back into one node list (`&` only aligns). */
function rowNodes(row: TexNode[]): TexNode[] {
  const out: TexNode[] = [];
  for (const cell of row) unwrapInto(bodyOf(cell), out);
  return out;
}

/** The nodes with groups and style changes opened, each relation sign read as one. */
function unwrapInto(nodes: TexNode[], out: TexNode[]): void {
  for (const n of nodes)
    if (n.type === 'ordgroup' || n.type === 'styling') unwrapInto(bodyOf(n), out);
    else out.push(plainRelation(n));
}

const ALIGNING = new Set(['array']);

/**
 * Every relation of a formula, in order: chains, single relations, and the rows of
 * `aligned`/`align`/`split`/`gather`, where a row starting with `&=` continues the previous
 * row's last operand. `cases` and matrices are not read (their rows are definitions).
 */
export function formulaRelations(nodes: readonly TexNode[]): RelationShape[] {
  const out: RelationShape[] = [];
  const top: TexNode[] = [];
  const open = (list: readonly TexNode[]): void => {
    // `\\displaystyle …` wraps the rest of the formula in one style node: its relations
    // are the formula's own.
    for (const n of list)
      if (n.type === 'tag' || n.type === 'styling') open(bodyOf(n));
      else top.push(plainRelation(n));
  };
  open(nodes);
  let flat: TexNode[] = [];
  const flush = () => {
    for (const seg of segments(flat)) relationsOf(seg.nodes, null, out);
    flat = [];
  };
  for (const n of top) {
    if (ALIGNING.has(n.type)) {
      flush();
      let carry: TexNode[] | null = null;
      for (const row of (n.body ?? []) as TexNode[][]) {
        const segs = segments(rowNodes(row));
        const before = out.length;
        const above = out[before - 1];
        segs.forEach((seg, idx) => {
          const last = relationsOf(seg.nodes, seg.first ? carry : null, out);
          carry = idx === segs.length - 1 ? last : carry;
        });
        // The row above is part of this rewriting when this row continues it.
        const first = out[before];
        if (first?.chained && above && first.lhs === above.rhs) {
          above.chained = true;
          for (const shape of out.slice(before))
            if (shape.chainId === first.chainId) shape.chainId = above.chainId;
        }
      }
    } else flat.push(n);
  }
  flush();
  return out;
}
