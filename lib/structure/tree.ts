import type { OutlineNode } from '@/lib/schemas/outline';
import type { EquationLabel } from './equations';
import { type Header, INLINE_RANK, readHeader } from './header';
import { STATEMENT_KINDS } from './label-words';
import { NodeIds } from './node-ids';
import type { ProseView } from './prose-view';

/** A node with what the tree and the reference resolver need beyond the public shape. */
export interface BuiltNode extends OutlineNode {
  key: string;
  rank: number;
  depth: number;
  family: string;
  proofOf?: string;
  /** Offset in the source where citations on the node's first line may start. */
  labelEndOffset: number;
  /** The id of its proof, once one is attached. */
  proofId?: string;
}

/** A line that ends a proof: ∎, □, ■, \qed, \blacksquare, \square, \Box (maybe in math). */
const QED = /(?:∎|□|■|\\qed|\\blacksquare|\\square|\\Box)\s*(?:\\\)|\\\]|\$+|\*+)?\s*\.?\s*$/;
const RULE_OR_BLANK = /^\s*(?:(?:-{3,}|\*{3,}|_{3,})\s*)?$/;
/** Only lines starting like a label are read (a cheap filter before the regexes). */
const MAY_LABEL = /^\s*[#*_+\-A-Z]/;

/**
 * Builds the outline tree in one pass over the lines. Headings nest by level; inside them a
 * statement (lemma, claim, …) replaces the previous one, its proof nests under it, and a case
 * or step replaces the open one of the same kind and depth or nests inside anything else.
 * A node ends where the next node that closes it starts (trailing blank lines and rules
 * dropped), or at a ∎ for a proof and the statement it proves.
 */
export function buildTree(view: ProseView, equations: EquationLabel[]): BuiltNode[] {
  const { source, prose, lineStarts } = view;
  const lineCount = lineStarts.length;
  const lineOf = (text: string, n: number) =>
    text.slice(lineStarts[n - 1], n < lineCount ? lineStarts[n] - 1 : text.length);
  const nodes: BuiltNode[] = [];
  const stack: BuiltNode[] = [];
  const ids = new NodeIds();

  const lastContentLine = (from: number, floor: number) => {
    let n = from;
    while (n > floor && RULE_OR_BLANK.test(lineOf(source, n))) n--;
    return n;
  };
  const popTo = (depth: number, endLine: number) => {
    while (stack.length > depth) {
      const node = stack.pop() as BuiltNode;
      node.endLine = Math.max(node.startLine, lastContentLine(endLine, node.startLine));
    }
  };
  const open = (header: Header, line: number) => {
    const parent = place(stack, header, line, popTo);
    const owns =
      header.kind === 'proof' && parent?.proofId === undefined && isProofOf(parent, header);
    const id = owns && parent ? ids.make(`${parent.id}-proof`) : ids.make(baseId(header));
    if (owns && parent) parent.proofId = id;
    const node: BuiltNode = {
      id,
      kind: header.kind,
      label: header.label,
      title: header.title,
      startLine: line,
      endLine: line,
      parentId: parent?.id ?? null,
      key: header.key,
      rank: header.rank,
      depth: header.depth,
      family: header.family,
      labelEndOffset: lineStarts[line - 1] + header.labelEnd,
      ...(header.proofOf ? { proofOf: header.proofOf } : {}),
    };
    nodes.push(node);
    stack.push(node);
  };

  let eq = 0;
  for (let line = 1; line <= lineCount; line++) {
    const p = lineOf(prose, line);
    if (MAY_LABEL.test(p)) {
      const header = readHeader(p, lineOf(source, line));
      if (header) open(header, line);
    }
    for (; eq < equations.length && equations[eq].line === line; eq++) {
      const e = equations[eq];
      const parent = stack.at(-1);
      nodes.push({
        id: ids.make(`eq-${e.tag}`),
        kind: 'equation',
        label: e.label,
        title: e.row.trim().slice(0, 80),
        startLine: line,
        endLine: line,
        parentId: parent?.id ?? null,
        key: `eq ${e.tag}`,
        rank: INLINE_RANK + 1,
        depth: 0,
        family: 'equation',
        labelEndOffset: lineStarts[line - 1],
      });
    }
    // Only a line's end can hold a ∎: testing its last characters keeps the pass linear and cheap.
    if (QED.test(lineOf(source, line).slice(-40))) closeProof(stack, line, popTo);
  }
  popTo(0, lineCount);
  return nodes;
}

function baseId(h: Header): string {
  if (h.kind === 'section') return `section ${h.label || h.title.split(' ').slice(0, 4).join(' ')}`;
  return h.label || h.kind;
}

function isProofOf(parent: BuiltNode | undefined, h: Header): boolean {
  return !!parent && STATEMENT_KINDS.has(parent.kind) && (!h.proofOf || h.proofOf === parent.key);
}

type PopTo = (depth: number, endLine: number) => void;

const NUMBER = /^\d+(?:\.\d+)*$/;
const dots = (label: string) => label.split('.').length - 1;

/** Pops what `header` closes and returns the node it nests under. */
function place(stack: BuiltNode[], h: Header, line: number, popTo: PopTo): BuiltNode | undefined {
  const numbered = h.kind === 'section' && NUMBER.test(h.label);
  if (numbered) {
    // Numbering beats markup: "**5. …**" after "### 4.6 …" is a sibling of "4", not inside 4.6.
    for (let k = stack.length - 1; k >= 0; k--) {
      const n = stack[k];
      if (n.kind !== 'section' || !NUMBER.test(n.label)) continue;
      if (h.label.startsWith(`${n.label}.`)) {
        popTo(k + 1, line - 1);
        return n;
      }
      if (dots(n.label) === dots(h.label)) {
        popTo(k, line - 1);
        return stack.at(-1);
      }
      if (dots(n.label) < dots(h.label)) break;
    }
  }
  if (h.rank < INLINE_RANK) {
    let keep = stack.length;
    while (keep > 0 && stack[keep - 1].rank >= h.rank) keep--;
    popTo(keep, line - 1);
    return stack.at(-1);
  }
  const statement = nearest(stack, (n) => STATEMENT_KINDS.has(n.kind));
  if (h.kind === 'proof') {
    if (
      statement !== -1 &&
      stack[statement].proofId === undefined &&
      isProofOf(stack[statement], h)
    ) {
      popTo(statement + 1, line - 1);
      return stack[statement];
    }
    if (!h.proofOf) return stack.at(-1);
  }
  // An unnumbered "Claim." or "Observation." inside an open proof is a remark of that proof.
  const remark = !h.key && (h.kind === 'claim' || h.kind === 'observation');
  if (remark && nearest(stack, (n) => n.kind === 'proof') !== -1) return stack.at(-1);
  if (STATEMENT_KINDS.has(h.kind) || h.kind === 'proof') {
    const free = nearest(stack, (n) => STATEMENT_KINDS.has(n.kind) || n.proofOf !== undefined);
    if (free !== -1) popTo(free, line - 1);
    return stack.at(-1);
  }
  for (let k = stack.length - 1; k >= 0; k--) {
    const n = stack[k];
    if (n.family === h.family) {
      if (n.depth === h.depth) popTo(k, line - 1);
      if (n.depth <= h.depth) break;
    } else if (n.kind === 'proof' || STATEMENT_KINDS.has(n.kind) || n.rank < INLINE_RANK) break;
  }
  return stack.at(-1);
}

/** Index of the innermost open node matching `test`, searching no further out than a heading. */
function nearest(stack: BuiltNode[], test: (n: BuiltNode) => boolean): number {
  for (let k = stack.length - 1; k >= 0; k--) {
    if (test(stack[k])) return k;
    if (stack[k].rank < INLINE_RANK) return -1;
  }
  return -1;
}

/** A ∎ ends the innermost open proof, and the statement it proves. */
function closeProof(stack: BuiltNode[], line: number, popTo: PopTo) {
  let k = stack.length - 1;
  while (k >= 0 && stack[k].kind !== 'proof') k--;
  if (k < 0) return;
  const parent = stack[k - 1];
  popTo(parent && parent.proofId === stack[k].id ? k - 1 : k, line);
}
