import type { OutlineKind, RoundOutline } from '@/lib/schemas/outline';
import { STATEMENT_KINDS } from './label-words';

/** A box in the dependency graph: a lemma, claim, proposition or observation, or the main argument. */
export interface DependencyNode {
  id: string;
  kind: OutlineKind | 'main';
  label: string;
  title: string;
  startLine: number;
  endLine: number;
  findings: RoundOutline['nodes'][number]['findings'];
}

export const MAIN_ID = 'main-argument';

/**
 * The lemmas and claims with the citations between them: a citation from inside a lemma's
 * proof counts for the lemma, a citation of a tagged equation for the lemma that holds it, and
 * citations from outside every lemma come from "the main argument". Edges run from the citing
 * node to the cited one, once per pair.
 */
export function dependencyGraph(outline: Pick<RoundOutline, 'nodes'>): {
  nodes: DependencyNode[];
  edges: { from: string; to: string }[];
} {
  const byId = new Map(outline.nodes.map((n) => [n.id, n]));
  const statementOf = (id: string): string | null => {
    for (let n = byId.get(id); n; n = n.parentId ? byId.get(n.parentId) : undefined)
      if (STATEMENT_KINDS.has(n.kind)) return n.id;
    return null;
  };
  const pairs = new Map<string, { from: string; to: string }>();
  for (const n of outline.nodes) {
    const from = statementOf(n.id) ?? MAIN_ID;
    for (const ref of n.refs) {
      const to = statementOf(ref);
      if (!to || to === from) continue;
      pairs.set(`${from}>${to}`, { from, to });
    }
  }
  const edges = [...pairs.values()];
  const nodes: DependencyNode[] = outline.nodes
    .filter((n) => STATEMENT_KINDS.has(n.kind))
    .map(({ id, kind, label, title, startLine, endLine, findings }) => ({
      id,
      kind,
      label: label || kind,
      title,
      startLine,
      endLine,
      findings,
    }));
  if (edges.some((e) => e.from === MAIN_ID)) {
    const none = { critical: 0, gap: 0, minor: 0, open: 0 };
    nodes.push({
      id: MAIN_ID,
      kind: 'main',
      label: 'Main argument',
      title: '',
      startLine: 1,
      endLine: 1,
      findings: none,
    });
  }
  return { nodes, edges };
}
