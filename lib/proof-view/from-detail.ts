import type { Finding, Round } from '@/lib/schemas';
import type { ReadOnlyFinding, ReadOnlyRound } from './read-only-view';

/** A finding as the workbench API returns it → the read-only view's shape. */
export function toViewFinding(f: Finding, i: number): ReadOnlyFinding {
  const lines = f.anchor
    ? { start: f.anchor.startLine, end: f.anchor.endLine }
    : f.citedLines
      ? { start: f.citedLines.start, end: f.citedLines.end }
      : null;
  return {
    key: f.id || String(i),
    severity: f.severity,
    quote: f.quote,
    description: f.description,
    suggestion: f.suggestion,
    decision: f.decision,
    note: f.note,
    lines,
    confidence: f.anchor?.confidence ?? null,
    source: f.source,
    category: f.category,
    replies: f.replies.map(({ text, createdAt, author, decision }) => ({
      text,
      createdAt,
      author,
      decision,
    })),
  };
}

export function toViewRound(r: Round): ReadOnlyRound {
  return {
    index: r.index,
    origin: r.origin,
    proof: r.proof,
    score: r.score,
    selfScore: r.selfScore,
    truncated: r.truncated,
    findings: r.findings.map(toViewFinding),
  };
}
