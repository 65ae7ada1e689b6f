import type { NodeFindings, RoundOutline } from '@/lib/schemas/outline';
import type { Finding } from '@/lib/schemas/session';
import { buildOutline, type Outline } from './outline';

/** What the roll-up reads of a finding: its severity, decision and lines. */
export type FindingLines = Pick<Finding, 'severity' | 'decision' | 'anchor' | 'citedLines'>;

/** A node's state at a glance, from its rolled-up findings. */
export type NodeStatus = 'unverified' | 'clean' | 'gaps' | 'critical';

/**
 * The outline of a round's proof with each node's findings rolled up: every finding whose
 * lines overlap the node's counts for it (and so for each enclosing node). Dismissed findings
 * are not counted; `open` counts those still waiting for a decision.
 */
export function roundOutline(
  proof: string,
  findings: FindingLines[],
  verified: boolean,
  outline: Outline = buildOutline(proof),
  /** Scores of the parts verified on their own, by node id (issue 17). */
  partScores: Record<string, number | null> = {},
): RoundOutline {
  const parentOf = new Map(outline.nodes.map((n) => [n.id, n.parentId]));
  const inVerifiedPart = (id: string | null): boolean =>
    id !== null && (Object.hasOwn(partScores, id) || inVerifiedPart(parentOf.get(id) ?? null));
  const refs = new Map<string, string[]>();
  for (const e of outline.edges) {
    if (!e.from) continue;
    const list = refs.get(e.from) ?? [];
    if (!list.includes(e.to)) list.push(e.to);
    refs.set(e.from, list);
  }
  const placed = findings
    .map((f) => ({ f, lines: linesOf(f) }))
    .filter((p): p is { f: FindingLines; lines: { start: number; end: number } } => !!p.lines);
  return {
    nodes: outline.nodes.map((n) => {
      const counts: NodeFindings = { critical: 0, gap: 0, minor: 0, open: 0 };
      for (const { f, lines } of placed) {
        if (f.decision === 'dismissed' || lines.end < n.startLine || lines.start > n.endLine)
          continue;
        counts[f.severity]++;
        if (f.decision === 'pending') counts.open++;
      }
      const own = Object.hasOwn(partScores, n.id) ? { partScore: partScores[n.id] } : {};
      return {
        ...n,
        refs: refs.get(n.id) ?? [],
        findings: counts,
        ...own,
        ...(inVerifiedPart(n.id) ? { partVerified: true } : {}),
      };
    }),
    dangling: outline.dangling,
    forward: outline.forward,
    verified,
  };
}

/** unverified · no issues found (clean) · gaps · critical. Minor findings alone leave it clean. */
export function nodeStatus(findings: NodeFindings, verified: boolean): NodeStatus {
  if (findings.critical > 0) return 'critical';
  if (findings.gap > 0) return 'gaps';
  return verified ? 'clean' : 'unverified';
}

function linesOf(f: FindingLines): { start: number; end: number } | null {
  if (f.anchor && f.anchor.confidence !== 'orphan')
    return { start: f.anchor.startLine, end: f.anchor.endLine };
  return f.citedLines ?? (f.anchor ? { start: f.anchor.startLine, end: f.anchor.endLine } : null);
}

/**
 * A round counts as verified once a verifier scored it or raised a finding on the whole proof
 * (a part verification verifies its part only: see `partScores` in `roundOutline`). Findings
 * carried from the round it was made from say nothing of this round's text: a refined or
 * edited round is unverified until a verifier reads it.
 */
export function isVerified(round: {
  score: number | null;
  findings: Pick<Finding, 'source' | 'nodeId' | 'carriedFromId'>[];
}): boolean {
  return (
    round.score !== null ||
    round.findings.some((f) => f.source === 'verifier' && !f.nodeId && !f.carriedFromId)
  );
}
