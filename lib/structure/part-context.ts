import { type Outline, statementLines } from './outline';

/** A node another part cites, given to the verifier as a fact: its label and statement. */
export type GivenFact = {
  nodeId: string;
  label: string;
  startLine: number;
  endLine: number;
  text: string;
};

/** What a verifier of one part is shown (issue 17, "Verify this part"). */
export type PartContext = {
  nodeId: string;
  label: string;
  /** The part's lines in the full proof, 1-based inclusive. */
  startLine: number;
  endLine: number;
  /** The part's own lines, as they stand in the proof. */
  lines: string[];
  /** The statements of the nodes the part cites (outside the part), in proof order. */
  given: GivenFact[];
};

/**
 * The part of a proof an outline node spans, and the statements of what it cites. Citations
 * from anywhere inside the part count (a case inside Lemma 2's proof citing Lemma 1); nodes
 * inside the part itself are not "given", they are the part. Null when the node is not in
 * the outline (the proof changed since the person clicked).
 */
export function partContext(proof: string, outline: Outline, nodeId: string): PartContext | null {
  const node = outline.nodes.find((n) => n.id === nodeId);
  if (!node) return null;
  const all = proof.split(/\r?\n/);
  const inside = (line: number) => line >= node.startLine && line <= node.endLine;
  const byId = new Map(outline.nodes.map((n) => [n.id, n]));
  const cited = new Set<string>();
  for (const e of outline.edges) {
    const from = e.from ? byId.get(e.from) : undefined;
    const to = byId.get(e.to);
    if (!from || !to || !inside(from.startLine) || inside(to.startLine)) continue;
    cited.add(to.id);
  }
  const given = [...cited]
    .map((id) => byId.get(id))
    .filter((n) => n !== undefined)
    .sort((a, b) => a.startLine - b.startLine)
    .map((n) => {
      const lines = statementLines(outline, n.id) ?? n;
      return {
        nodeId: n.id,
        label: n.label || n.title,
        startLine: lines.startLine,
        endLine: lines.endLine,
        text: all
          .slice(lines.startLine - 1, lines.endLine)
          .join('\n')
          .trim(),
      };
    });
  return {
    nodeId: node.id,
    label: node.label || node.title,
    startLine: node.startLine,
    endLine: node.endLine,
    lines: all.slice(node.startLine - 1, node.endLine),
    given,
  };
}
