import { STATEMENT_KINDS } from './label-words';
import type { Outline } from './outline';

/**
 * The parts "autopilot, part by part" works through (issue 17): the outermost lemmas, claims,
 * propositions and observations (a claim inside a lemma's proof is checked with the lemma),
 * bottom-up — a part comes after every part it cites, so a lemma is repaired before the parts
 * that lean on it are judged. Ties, and citation cycles, go in reading order.
 */
export function partsBottomUp(outline: Pick<Outline, 'nodes' | 'edges'>): string[] {
  const byId = new Map(outline.nodes.map((n) => [n.id, n]));
  const partOf = (id: string | null): string | null => {
    let found: string | null = null;
    for (
      let n = id ? byId.get(id) : undefined;
      n;
      n = n.parentId ? byId.get(n.parentId) : undefined
    )
      if (STATEMENT_KINDS.has(n.kind)) found = n.id;
    return found;
  };
  const parts = outline.nodes
    .filter((n) => STATEMENT_KINDS.has(n.kind) && partOf(n.id) === n.id)
    .sort((a, b) => a.startLine - b.startLine)
    .map((n) => n.id);
  const cites = new Map<string, Set<string>>(parts.map((p) => [p, new Set()]));
  for (const e of outline.edges) {
    const from = partOf(e.from);
    const to = partOf(e.to);
    if (from && to && from !== to) cites.get(from)?.add(to);
  }
  const order: string[] = [];
  const left = [...parts];
  while (left.length) {
    const ready = left.findIndex((p) => [...(cites.get(p) ?? [])].every((c) => order.includes(c)));
    // A cycle: take the first in reading order and go on.
    const [next] = left.splice(ready === -1 ? 0 : ready, 1);
    order.push(next);
  }
  return order;
}
