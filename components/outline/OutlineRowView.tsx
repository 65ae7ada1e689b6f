'use client';

import { ChevronDown, ChevronRight } from 'lucide-react';
import { MathLine } from '@/components/math/MathLine';
import { NodeStatusChip } from './NodeStatusChip';
import styles from './outline.module.css';
import type { OutlineRow } from './outline-rows';
import { PartScore, RewritePartButton, VerifyPartButton } from './PartControls';

type Node = OutlineRow['node'];

/** How a node reads in the tree: "Lemma 2", "Proof", "(3)", "1." for a numbered section. */
export function nodeName(n: Pick<Node, 'kind' | 'label'>): string {
  if (n.kind === 'section') return n.label ? `${n.label}.` : '';
  return n.label;
}

/**
 * One node of the outline: its chevron (when it has children), its name and title (which
 * select its lines), its lines, status and part score; under it, when selected, the part
 * actions, and its story across rounds.
 */
export function OutlineRowView(p: {
  row: OutlineRow;
  open: boolean;
  selected: boolean;
  verified: boolean;
  history: string | undefined;
  busy: boolean;
  onToggle: () => void;
  onSelect: () => void;
  onVerifyPart?: () => void;
  onRewritePart?: () => void;
}) {
  const { node: n, depth, children } = p.row;
  const name = nodeName(n);
  const indent = { paddingLeft: `${depth * 0.9 + 1.4}rem` };
  return (
    <>
      <div
        className={styles.row}
        style={{ paddingLeft: `${depth * 0.9}rem` }}
        data-testid="outline-node-row"
      >
        {children ? (
          <button
            type="button"
            className={styles.twisty}
            aria-expanded={p.open}
            aria-label={`${p.open ? 'Collapse' : 'Expand'} ${name || n.title}`}
            onClick={p.onToggle}
          >
            {p.open ? (
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
          aria-current={p.selected ? 'true' : undefined}
          title={`Select lines ${n.startLine}–${n.endLine}`}
          onClick={p.onSelect}
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
      {p.selected && n.kind !== 'equation' ? (
        <div className={styles.partActions} style={indent}>
          <VerifyPartButton name={name || n.title} busy={p.busy} onVerify={p.onVerifyPart} />
          <RewritePartButton name={name || n.title} busy={p.busy} onRewrite={p.onRewritePart} />
        </div>
      ) : null}
      {p.history ? (
        <p className={styles.history} style={indent} data-testid="outline-node-history">
          {p.history}
        </p>
      ) : null}
    </>
  );
}
