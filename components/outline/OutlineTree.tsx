'use client';

import { ChevronDown, ChevronRight } from 'lucide-react';
import { useState } from 'react';
import { MathLine } from '@/components/math/MathLine';
import type { RoundOutline } from '@/lib/schemas';
import { NodeStatusChip } from './NodeStatusChip';
import styles from './outline.module.css';
import { PartScore, RewritePartButton, VerifyPartButton } from './PartControls';

type Node = RoundOutline['nodes'][number];

/** How a node reads in the tree: "Lemma 2", "Proof", "(3)", "1." for a numbered section. */
export function nodeName(n: Pick<Node, 'kind' | 'label'>): string {
  if (n.kind === 'section') return n.label ? `${n.label}.` : '';
  return n.label;
}

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
  const children = new Map<string | null, Node[]>();
  const ids = new Set(p.nodes.map((n) => n.id));
  for (const n of p.nodes) {
    // A hidden parent (an equation filter, say) leaves its children at the top.
    const parent = n.parentId && ids.has(n.parentId) ? n.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), n]);
  }
  const toggle = (id: string) =>
    setCollapsed((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const render = (parent: string | null, depth: number) =>
    (children.get(parent) ?? []).map((n) => {
      const kids = children.get(n.id)?.length ?? 0;
      const open = !collapsed.has(n.id);
      const name = nodeName(n);
      return (
        <li
          key={n.id}
          data-selected={p.selectedId === n.id}
          data-testid="outline-node"
          data-node-id={n.id}
          data-kind={n.kind}
        >
          <div
            className={styles.row}
            style={{ paddingLeft: `${depth * 0.9}rem` }}
            data-testid="outline-node-row"
          >
            {kids ? (
              <button
                type="button"
                className={styles.twisty}
                aria-expanded={open}
                aria-label={`${open ? 'Collapse' : 'Expand'} ${name || n.title}`}
                onClick={() => toggle(n.id)}
              >
                {open ? (
                  <ChevronDown size={14} aria-hidden />
                ) : (
                  <ChevronRight size={14} aria-hidden />
                )}
              </button>
            ) : (
              <span className={styles.twisty} aria-hidden />
            )}
            <button
              type="button"
              className={styles.name}
              data-kind={n.kind}
              data-testid="outline-node-name"
              aria-current={p.selectedId === n.id ? 'true' : undefined}
              title={`Select lines ${n.startLine}–${n.endLine}`}
              onClick={() => p.onSelect(n)}
            >
              {name ? (
                <span className={styles.label} data-testid="outline-node-label">
                  {name}
                </span>
              ) : null}
              {n.title ? (
                <span className={styles.title}>
                  <MathLine text={n.title} />
                </span>
              ) : null}
            </button>
            <span className={styles.lines}>
              {n.startLine === n.endLine ? `L${n.startLine}` : `L${n.startLine}–${n.endLine}`}
            </span>
            {n.kind === 'equation' ? null : (
              <NodeStatusChip findings={n.findings} verified={p.verified || !!n.partVerified} />
            )}
            {n.partScore !== undefined ? <PartScore score={n.partScore} /> : null}
          </div>
          {p.selectedId === n.id && n.kind !== 'equation' ? (
            <div className={styles.partActions} style={{ paddingLeft: `${depth * 0.9 + 1.4}rem` }}>
              <VerifyPartButton
                name={name || n.title}
                busy={p.busy}
                onVerify={p.onVerifyPart && (() => p.onVerifyPart?.(n))}
              />
              <RewritePartButton
                name={name || n.title}
                busy={p.busy}
                onRewrite={p.onRewritePart && (() => p.onRewritePart?.(n))}
              />
            </div>
          ) : null}
          {p.histories.get(n.id) ? (
            <p
              className={styles.history}
              style={{ paddingLeft: `${depth * 0.9 + 1.4}rem` }}
              data-testid="outline-node-history"
            >
              {p.histories.get(n.id)}
            </p>
          ) : null}
          {kids && open ? <ul>{render(n.id, depth + 1)}</ul> : null}
        </li>
      );
    });

  return (
    <ul className={styles.tree} aria-label="Proof outline" data-testid="outline-tree">
      {render(null, 0)}
    </ul>
  );
}
