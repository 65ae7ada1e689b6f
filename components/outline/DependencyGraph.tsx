'use client';

import { useEffect, useMemo, useState } from 'react';
import type { RoundOutline } from '@/lib/schemas';
import { type DependencyNode, dependencyGraph } from '@/lib/structure/dependencies';
import { nodeStatus } from '@/lib/structure/round-outline';
import { type LaidGraph, layoutGraph } from './dependency-layout';
import styles from './graph.module.css';

/**
 * Lemmas and claims with their citation edges, laid out by dagre and drawn in SVG: each box
 * coloured by its status; clicking one selects its lines in the editor.
 */
export function DependencyGraph(p: {
  outline: RoundOutline;
  onSelect: (node: DependencyNode) => void;
}) {
  const graph = useMemo(() => dependencyGraph(p.outline), [p.outline]);
  const [laid, setLaid] = useState<LaidGraph | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    layoutGraph(graph.nodes, graph.edges)
      .then((g) => live && setLaid(g))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [graph]);

  if (!graph.nodes.length)
    return (
      <p className="muted" data-testid="dependency-empty">
        No lemmas or claims in this proof: nothing to draw.
      </p>
    );
  if (error) return <p className="error">The graph could not be laid out: {error}</p>;
  if (!laid) return <p className="muted">Laying out the graph…</p>;
  return (
    <div
      className={styles.graph}
      style={{ width: laid.width, height: laid.height }}
      data-testid="dependency-graph"
    >
      <svg width={laid.width} height={laid.height} aria-hidden className={styles.edges}>
        <defs>
          <marker
            id="dep-arrow"
            viewBox="0 0 8 8"
            refX="7"
            refY="4"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L8,4 L0,8 z" className={styles.arrow} />
          </marker>
        </defs>
        {laid.edges.map((e) => (
          <polyline
            key={`${e.from}>${e.to}`}
            data-testid="dependency-edge"
            data-from={e.from}
            data-to={e.to}
            points={e.points.map((pt) => `${pt.x},${pt.y}`).join(' ')}
            markerEnd="url(#dep-arrow)"
          />
        ))}
      </svg>
      {laid.nodes.map((n) => (
        <button
          type="button"
          key={n.id}
          className={styles.node}
          data-testid="dependency-node"
          data-node-id={n.id}
          data-status={n.kind === 'main' ? 'main' : nodeStatus(n.findings, p.outline.verified)}
          style={{
            left: n.x - n.width / 2,
            top: n.y - n.height / 2,
            width: n.width,
            height: n.height,
          }}
          title={
            n.kind === 'main'
              ? 'The argument outside every lemma'
              : `${n.label}: ${n.title} (lines ${n.startLine}–${n.endLine})`
          }
          onClick={() => n.kind !== 'main' && p.onSelect(n)}
        >
          {n.label}
        </button>
      ))}
    </div>
  );
}
