'use client';

import { useMemo, useState } from 'react';
import { VirtualList } from '@/components/ui/VirtualList';
import { OutlineRowView } from './OutlineRowView';
import styles from './outline.module.css';
import { type OutlineRow, outlineRows } from './outline-rows';

export { nodeName } from './OutlineRowView';

type Node = OutlineRow['node'];

/**
 * From this many rows the tree is drawn a window at a time: a proof of 1,500 steps made
 * 57,000 elements (every title typeset), enough to stall the tab for seconds.
 */
export const VIRTUAL_OUTLINE_FROM = 100;
const noMore = () => {};

/**
 * The outline as a collapsible tree. Clicking a node's name selects its lines in the editor;
 * the chevron folds its children away here (the editor folds on its own gutter).
 */
export function OutlineTree(p: {
  nodes: Node[];
  verified: boolean;
  /** A node's story across rounds ("critical in R1, fixed in R2"), when it has one. */
  histories: Map<string, string>;
  selectedId: string | null;
  onSelect: (node: Node) => void;
  /** Verifies one node on its own; absent while the round cannot be verified (no proof). */
  onVerifyPart?: (node: Node) => void;
  /** Rewrites one node on its own; absent while the round cannot be refined. */
  onRewritePart?: (node: Node) => void;
  /** A run is live: the action waits for it. */
  busy: boolean;
}) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const rows = useMemo(() => outlineRows(p.nodes, collapsed), [p.nodes, collapsed]);
  const toggle = (id: string) =>
    setCollapsed((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const view = (row: OutlineRow) => {
    const n = row.node;
    return (
      <OutlineRowView
        row={row}
        open={!collapsed.has(n.id)}
        selected={p.selectedId === n.id}
        verified={p.verified}
        history={p.histories.get(n.id)}
        busy={p.busy}
        onToggle={() => toggle(n.id)}
        onSelect={() => p.onSelect(n)}
        onVerifyPart={p.onVerifyPart && (() => p.onVerifyPart?.(n))}
        onRewritePart={p.onRewritePart && (() => p.onRewritePart?.(n))}
      />
    );
  };
  const attrs = (n: Node) => ({
    'data-selected': p.selectedId === n.id,
    'data-testid': 'outline-node',
    'data-node-id': n.id,
    'data-kind': n.kind,
  });

  if (rows.length >= VIRTUAL_OUTLINE_FROM)
    return (
      <VirtualList
        items={rows}
        keyOf={(r) => r.node.id}
        estimateSize={30}
        hasMore={false}
        loadingMore={false}
        onMore={noMore}
        className={styles.virtualTree}
        listClassName={styles.tree}
        testId="outline-virtual"
        ariaLabel="Proof outline"
        renderItem={(row) => <div {...attrs(row.node)}>{view(row)}</div>}
      />
    );
  return (
    <ul className={styles.tree} aria-label="Proof outline" data-testid="outline-tree">
      {rows.map((row) => (
        <li key={row.node.id} {...attrs(row.node)}>
          {view(row)}
        </li>
      ))}
    </ul>
  );
}
