import 'server-only';
import type { NewFinding } from '@/lib/db';
import type { RefineFeedback } from '@/lib/prompts/refine';
import type { Finding } from '@/lib/schemas';

type Lines = { startLine: number; endLine: number };

const overlaps = (f: Finding, part: Lines) =>
  !!f.anchor && f.anchor.endLine >= part.startLine && f.anchor.startLine <= part.endLine;

function feedbackOf(f: Finding): RefineFeedback {
  const a = f.anchor;
  return {
    severity: f.severity,
    quote: f.quote,
    lines: a
      ? a.startLine === a.endLine
        ? `L${a.startLine}`
        : `L${a.startLine}-L${a.endLine}`
      : null,
    description: f.description,
    suggestion: f.suggestion,
    decision: f.decision as RefineFeedback['decision'],
    note: f.note,
    source: f.source,
    category: f.category,
    replies: f.replies.map((r) => r.text),
  };
}

/** The part's findings the generator answers: open, accepted and overridden (not dismissed). */
export function partFeedback(findings: Finding[], part: Lines): RefineFeedback[] {
  return findings.filter((f) => f.decision !== 'dismissed' && overlaps(f, part)).map(feedbackOf);
}

/** The parent's findings outside the part, unchanged; those after it move with the text. */
export function carriedOutside(
  findings: Finding[],
  part: Lines,
  spliced: { proof: string; endLine: number },
  oldProof: string,
): NewFinding[] {
  const lineShift = spliced.endLine - part.endLine;
  const charShift = spliced.proof.length - oldProof.length;
  return findings
    .filter((f) => f.source !== 'checker' && !overlaps(f, part))
    .map((f) => {
      const after = !!f.anchor && f.anchor.startLine > part.endLine;
      const move = (n: number, by: number) => (after ? n + by : n);
      return {
        severity: f.severity,
        quote: f.quote,
        lines: f.citedLines && {
          start: move(f.citedLines.start, lineShift),
          end: move(f.citedLines.end, lineShift),
        },
        description: f.description,
        suggestion: f.suggestion,
        category: f.category ?? undefined,
        anchor: f.anchor && {
          ...f.anchor,
          startLine: move(f.anchor.startLine, lineShift),
          endLine: move(f.anchor.endLine, lineShift),
          startOffset: move(f.anchor.startOffset, charShift),
          endOffset: move(f.anchor.endOffset, charShift),
        },
        decision: f.decision,
        note: f.note,
        carriedFromId: f.id,
        source: f.source,
        nodeId: f.nodeId ?? null,
      };
    });
}
