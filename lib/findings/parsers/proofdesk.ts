import { lastBoxedScore } from '@/lib/parse/boxed';
import { scoreFromPhrase, toRubricScore } from '@/lib/parse/score';
import type { ParsedFinding, ParsedReport } from '@/lib/schemas/findings';
import { readLabelledFields } from './labelled-fields';
import { parseLineRange } from './line-range';
import { severityFromLabel } from './severity';
import { cleanQuote, stripEmphasis } from './text';

// `### Issues` (any level, maybe bold) or a bold-only `**Issues**` line; the same for Score.
const headingLine = (word: string) =>
  new RegExp(
    `^[ \\t]*(?:#{1,6}[ \\t]*(?:\\*\\*)?[ \\t]*${word}\\b.*|\\*\\*[ \\t]*${word}[ \\t]*:?[ \\t]*\\*\\*:?[ \\t]*)$`,
    'im',
  );
const ISSUES_HEADING = headingLine('Issues');
const SCORE_HEADING = headingLine('(?:Final[ \\t]+)?Score');
// `[ISSUE 1]`, `**[ISSUE 2]**`, `- [Issue 3]:`; also `#### Issue 4` / `**Issue 5**` lines.
const ISSUE_MARKER =
  /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?[ \t]*(?:\[[ \t]*ISSUE[ \t]*#?\d*[ \t]*\]|#{2,6}[ \t]*Issue[ \t]*#?\d+|Issue[ \t]*#?\d+[ \t]*(?:\*\*|__)[ \t]*$)(?:\*\*|__)?[ \t]*:?/gim;
const NOTHING_FOUND = /^[\s\W]*(?:none|no issues?(?: (?:were )?found)?|n\/a|nothing)[\s\W]*$/i;

/** Ours: the `### Issues` / `[ISSUE n]` / `### Score` block our verification prompt asks for. */
export function parseProofdeskReport(text: string): ParsedReport | null {
  const firstMarker = /\[[ \t]*ISSUE\b/i.exec(text);
  // Ours only with `[ISSUE` or a `#` Issues heading: a bold "**Issues**" alone is common prose.
  if (!firstMarker && !/^[ \t]*#{1,6}[ \t]*(?:\*\*)?[ \t]*Issues\b/im.test(text)) return null;
  const heading = ISSUES_HEADING.exec(text);

  const issuesStart = heading ? heading.index : (firstMarker?.index ?? 0);
  const bodyStart = heading ? heading.index + heading[0].length : issuesStart;
  const scoreHeading = SCORE_HEADING.exec(text.slice(bodyStart));
  const bodyEnd = scoreHeading ? bodyStart + scoreHeading.index : text.length;
  const body = text.slice(bodyStart, bodyEnd);
  const scoreText = scoreHeading ? text.slice(bodyEnd) : text;

  const score = lastBoxedScore(scoreText) ?? scoreFromPhrase(scoreText);
  return {
    format: 'proofdesk',
    score: toRubricScore(score),
    summary: text.slice(0, issuesStart).trim(),
    findings: readIssues(body),
  };
}

function readIssues(body: string): ParsedFinding[] {
  const markers = [...body.matchAll(ISSUE_MARKER)];
  const entries = markers.map((m, i) =>
    body.slice((m.index ?? 0) + m[0].length, markers[i + 1]?.index ?? body.length),
  );
  const findings = entries.map(readIssue).filter((f): f is ParsedFinding => f !== null);
  // An Issues section we could not split is still the verifier's criticism: keep it whole.
  const rest = body.trim();
  if (findings.length === 0 && rest && !NOTHING_FOUND.test(rest)) {
    return [{ severity: 'gap', quote: '', lines: null, description: rest, suggestion: '' }];
  }
  return findings;
}

function readIssue(entry: string): ParsedFinding | null {
  const { fields, preamble } = readLabelledFields(entry);
  const description = stripEmphasis(fields.description ?? '') || preamble;
  const quote = cleanQuote(fields.quote ?? '');
  if (!description && !quote && !fields.severity && !fields.lines) return null;
  return {
    severity: severityFromLabel(fields.severity ?? '') ?? 'gap',
    quote,
    lines: parseLineRange(fields.lines ?? ''),
    description,
    suggestion: stripEmphasis(fields.suggestion ?? ''),
  };
}
