import type { ReadOnlyFinding, ReadOnlyRound } from '@/lib/proof-view/read-only-view';
import { DECISION_WORDS, linesLabel, originLabel, replyLabel, SEVERITY_WORDS } from './labels';
import { inlineLatex, markdownToLatex } from './latex-markdown';
import { escapeLatexText } from './latex-text';

function item(f: ReadOnlyFinding): string {
  const origin = originLabel(f);
  const head = `${linesLabel(f.lines)}; ${DECISION_WORDS[f.decision] ?? f.decision}${origin ? `; ${origin}` : ''}`;
  const parts = [
    `\\item \\textbf{${escapeLatexText(SEVERITY_WORDS[f.severity] ?? f.severity)}} (${escapeLatexText(head)}).`,
    markdownToLatex(f.description),
  ];
  if (f.suggestion.trim()) parts.push(`\\emph{Suggested fix:} ${inlineLatex(f.suggestion)}`);
  if (f.note.trim()) parts.push(`\\emph{Reviewer's note:} ${inlineLatex(f.note)}`);
  for (const r of f.replies) parts.push(`\\emph{Reply:} ${inlineLatex(replyLabel(r))}`);
  return parts.join('\n\n');
}

/**
 * The final round's findings, as a list after the proof: each with its lines, the decision
 * taken, who raised it, the suggested fix, the note and the thread. Text goes through the
 * same Markdown → LaTeX path as the proof (and its guard against hostile TeX).
 */
export function findingsLatex(round: ReadOnlyRound | undefined): string[] {
  if (!round?.findings.length) return [];
  return [
    `\\subsection*{Findings on round ${round.index}}`,
    ['\\begin{enumerate}', ...round.findings.map(item), '\\end{enumerate}'].join('\n'),
  ];
}
