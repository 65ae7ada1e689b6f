import type { RoundOutline } from '@/lib/schemas';

type Node = RoundOutline['nodes'][number];

/** One line of the outline as drawn: a node, how deep it sits, and whether it has children. */
export type OutlineRow = { node: Node; depth: number; children: number };

/**
 * The tree's rows in reading order, children under their open parents only. A flat list (not
 * nested lists) so that a long outline can be drawn a window at a time (issue 20); a node whose
 * parent is not among `nodes` (an equation filtered out, say) sits at the top level.
 */
export function outlineRows(nodes: Node[], collapsed: ReadonlySet<string>): OutlineRow[] {
  const ids = new Set(nodes.map((n) => n.id));
  const children = new Map<string | null, Node[]>();
  for (const n of nodes) {
    const parent = n.parentId && ids.has(n.parentId) ? n.parentId : null;
    const list = children.get(parent);
    if (list) list.push(n);
    else children.set(parent, [n]);
  }
  const rows: OutlineRow[] = [];
  // An explicit stack: a deep outline must not recurse once per level.
  const stack: { node: Node; depth: number }[] = (children.get(null) ?? [])
    .map((node) => ({ node, depth: 0 }))
    .reverse();
  while (stack.length) {
    const { node, depth } = stack.pop() as { node: Node; depth: number };
    const kids = children.get(node.id) ?? [];
    rows.push({ node, depth, children: kids.length });
    if (collapsed.has(node.id)) continue;
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i], depth: depth + 1 });
  }
  return rows;
}
