'use client';

import { useMemo, useState } from 'react';
import type { Finding, Round } from '@/lib/schemas';
import { DependencyGraph } from './DependencyGraph';
import { nodeName, OutlineTree } from './OutlineTree';
import styles from './outline.module.css';
import { type PartRewrite, PartRewritePanel } from './PartRewritePanel';
import { ReferenceNotes } from './ReferenceNotes';
import { useNodeHistories } from './use-node-histories';
import { useRoundOutline } from './use-round-outline';

/**
 * The Outline tab: the proof as a tree of sections, lemmas, proofs, cases and steps, each with
 * its findings rolled up and a status, and the references that point nowhere.
 */
export function OutlinePanel(p: {
  text: string;
  findings: Finding[];
  verified: boolean;
  /** The open round's index and the rounds before it, for each node's story across rounds. */
  roundIndex: number | null;
  earlierRounds: Round[];
  onSelectLines: (startLine: number, endLine: number) => void;
  /** The open round's parts' own scores, by node id (issue 17). */
  partScores?: Record<string, number | null>;
  /** Starts "Verify this part" on a node of the open round; absent when it cannot run. */
  onVerifyPart?: (nodeId: string) => void;
  /** Starts "Rewrite this part" on a node of the open round; absent when it cannot run. */
  onRewritePart?: (nodeId: string) => void;
  /** The part rewrite the workbench follows, live or just ended. */
  rewrite?: PartRewrite | null;
  busy?: boolean;
}) {
  const outline = useRoundOutline(p.text, p.findings, p.verified, p.partScores);
  const current = useMemo(
    () => (p.roundIndex === null ? null : { index: p.roundIndex, text: p.text, outline }),
    [p.roundIndex, p.text, outline],
  );
  const histories = useNodeHistories(p.earlierRounds, current);
  const [view, setView] = useState<'tree' | 'graph'>('tree');
  const [showEquations, setShowEquations] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [closedRewrite, setClosedRewrite] = useState<string | null>(null);
  const rewrite = p.rewrite && p.rewrite.runId !== closedRewrite ? p.rewrite : null;
  const rewritten = rewrite && outline.nodes.find((n) => n.id === rewrite.nodeId);
  const equations = outline.nodes.filter((n) => n.kind === 'equation').length;
  const nodes = showEquations ? outline.nodes : outline.nodes.filter((n) => n.kind !== 'equation');
  return (
    <div className={styles.panel} data-testid="outline-panel">
      <div className={styles.head}>
        <fieldset className="segmented" aria-label="Outline view">
          {(['tree', 'graph'] as const).map((v) => (
            <button
              type="button"
              key={v}
              aria-pressed={view === v}
              data-testid={`outline-view-${v}`}
              onClick={() => setView(v)}
            >
              {v === 'tree' ? 'Tree' : 'Dependencies'}
            </button>
          ))}
        </fieldset>
        <span className="muted" data-testid="outline-summary">
          {summary(outline.nodes)}
        </span>
        {equations && view === 'tree' ? (
          <label className={styles.toggle}>
            <input
              type="checkbox"
              checked={showEquations}
              onChange={(e) => setShowEquations(e.target.checked)}
            />
            Equations ({equations})
          </label>
        ) : null}
      </div>
      {rewrite ? (
        <PartRewritePanel
          rewrite={rewrite}
          name={(rewritten && nodeName(rewritten)) || rewritten?.title || 'this part'}
          onClose={() => setClosedRewrite(rewrite.runId)}
        />
      ) : null}
      <ReferenceNotes outline={outline} onLine={(line) => p.onSelectLines(line, line)} />
      {view === 'graph' ? (
        <DependencyGraph
          outline={outline}
          onSelect={(n) => p.onSelectLines(n.startLine, n.endLine)}
        />
      ) : nodes.length ? (
        <OutlineTree
          nodes={nodes}
          verified={outline.verified}
          histories={histories}
          selectedId={selectedId}
          busy={!!p.busy}
          onVerifyPart={p.onVerifyPart && ((n) => p.onVerifyPart?.(n.id))}
          onRewritePart={p.onRewritePart && ((n) => p.onRewritePart?.(n.id))}
          onSelect={(n) => {
            setSelectedId(n.id);
            p.onSelectLines(n.startLine, n.endLine);
          }}
        />
      ) : (
        <p className="muted" data-testid="outline-empty">
          No structure found yet: headings, “Lemma 1.”, “Case 2:”, “Step 3” or tagged equations make
          the outline.
        </p>
      )}
    </div>
  );
}

function summary(nodes: { kind: string }[]): string {
  const count = (k: string) => nodes.filter((n) => n.kind === k).length;
  const parts = [
    [count('section'), 'section'],
    [count('lemma') + count('proposition'), 'lemma'],
    [count('claim') + count('observation'), 'claim'],
    [count('case'), 'case'],
    [count('step'), 'step'],
  ] as const;
  return parts
    .filter(([n]) => n > 0)
    .map(([n, word]) => `${n} ${word}${n > 1 ? 's' : ''}`)
    .join(' · ');
}
