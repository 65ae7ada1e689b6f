import type { OutlineNode } from '@/lib/schemas/outline';

/** A foldable line range, as Monaco's folding range provider wants it (1-based, inclusive). */
export interface FoldRange {
  start: number;
  end: number;
}

/**
 * The editor's folding follows the outline: each node of more than one line folds from its
 * label line to its last line (a lemma hides its statement and proof, a case its argument).
 */
export function foldingRanges(nodes: OutlineNode[]): FoldRange[] {
  return nodes
    .filter((n) => n.kind !== 'equation' && n.endLine > n.startLine)
    .map((n) => ({ start: n.startLine, end: n.endLine }));
}
