import type { Token } from '@/lib/math/tokens';
import type { DanglingReference, OutlineNode } from '@/lib/schemas/outline';
import { findCitations } from './citations';
import { findEquationLabels } from './equations';
import { lineAt, proseView } from './prose-view';
import {
  type DuplicateLabel,
  duplicateLabels,
  type Edge,
  type ForwardReference,
  resolveReferences,
} from './references';
import { type BuiltNode, buildTree } from './tree';

/** A proof's structure: its nodes in reading order, citation edges, and reference problems. */
export interface Outline {
  nodes: OutlineNode[];
  edges: Edge[];
  dangling: DanglingReference[];
  forward: ForwardReference[];
  duplicates: DuplicateLabel[];
  lineCount: number;
}

/**
 * The outline of a proof: sections, lemmas, claims, propositions, observations, cases, steps,
 * proofs and tagged equations, with `{id, kind, label, title, startLine, endLine, parentId}`
 * (1-based inclusive lines), and what cites what. Pure and deterministic: the server and the
 * browser get the same tree from the same text.
 */
export function buildOutline(text: string, tokens?: readonly Token[]): Outline {
  const view = proseView(text, tokens);
  const nodes = buildTree(view, findEquationLabels(view));
  const labelEnds = new Map<number, number>();
  for (const n of nodes) if (n.kind !== 'equation') labelEnds.set(n.startLine, n.labelEndOffset);
  const skip = (offset: number) => {
    const line = lineAt(view.lineStarts, offset);
    const end = labelEnds.get(line);
    return end !== undefined && offset < end;
  };
  const lineCount = view.lineStarts.length;
  const refs = resolveReferences(nodes, findCitations(view, skip), lineCount);
  return { nodes: nodes.map(publicNode), ...refs, duplicates: duplicateLabels(nodes), lineCount };
}

/**
 * What the deterministic checker (issue 16) reports about labels, with 1-based lines: citations
 * of labels defined nowhere, labels defined twice, and lemmas cited before they are proved.
 */
export function referenceProblems(
  text: string,
  tokens?: readonly Token[],
): {
  dangling: DanglingReference[];
  duplicates: DuplicateLabel[];
  forward: ForwardReference[];
} {
  const { dangling, duplicates, forward } = buildOutline(text, tokens);
  return { dangling, duplicates, forward };
}

/**
 * The lines of a statement node before its proof ("Lemma 2. … " up to "Proof."), or the whole
 * node when the text does not separate them.
 */
export function statementLines(
  outline: Pick<Outline, 'nodes'>,
  id: string,
): { startLine: number; endLine: number } | null {
  const node = outline.nodes.find((n) => n.id === id);
  if (!node) return null;
  const proof = outline.nodes.find((n) => n.parentId === id && n.kind === 'proof');
  const endLine = proof ? Math.max(node.startLine, proof.startLine - 1) : node.endLine;
  return { startLine: node.startLine, endLine };
}

function publicNode(n: BuiltNode): OutlineNode {
  return {
    id: n.id,
    kind: n.kind,
    label: n.label,
    title: n.title,
    startLine: n.startLine,
    endLine: n.endLine,
    parentId: n.parentId,
  };
}
