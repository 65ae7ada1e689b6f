import type { DependencyNode } from '@/lib/structure/dependencies';

export interface LaidNode extends DependencyNode {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidGraph {
  nodes: LaidNode[];
  edges: { from: string; to: string; points: { x: number; y: number }[] }[];
  width: number;
  height: number;
}

const NODE_HEIGHT = 30;

/**
 * Lays the dependency graph out top to bottom with dagre (layered, Sugiyama-style): what cites
 * sits above what it cites. dagre is loaded on first use, so the workbench's bundle never
 * carries it for a reader who does not open the graph.
 */
export async function layoutGraph(
  nodes: DependencyNode[],
  edges: { from: string; to: string }[],
): Promise<LaidGraph> {
  const { default: dagre } = await import('@dagrejs/dagre');
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 20, ranksep: 44, marginx: 6, marginy: 6 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) g.setNode(n.id, { width: widthOf(n.label), height: NODE_HEIGHT });
  for (const e of edges) g.setEdge(e.from, e.to);
  dagre.layout(g);
  const size = g.graph();
  return {
    nodes: nodes.map((n) => {
      const at = g.node(n.id);
      return { ...n, x: at.x, y: at.y, width: at.width, height: at.height };
    }),
    edges: edges.map((e) => ({ ...e, points: g.edge(e.from, e.to)?.points ?? [] })),
    width: size.width ?? 0,
    height: size.height ?? 0,
  };
}

/** A box wide enough for its label at the panel's small type. */
function widthOf(label: string): number {
  return Math.max(64, Math.round(label.length * 7.2 + 22));
}
