import { lastLabelledBoxedScore } from '@/lib/parse/boxed';
import { toRubricScore } from '@/lib/parse/score';
import type { ParsedFinding, ParsedReport } from '@/lib/schemas/findings';
import { scoreFromFindings, scoreFromVerdict } from './imo25-verdict';
import { severityFromLabel } from './severity';
import { cleanQuote, quoteKey, stripEmphasis } from './text';

const LIST_HEADING = /List\s+of\s+Findings[^\n]*\n?/i;
const VERDICT = /Final\s+Verdict[\s*_:]*([\s\S]*?)(?:\n[ \t]*\n|$)/i;
// `*   **Location:** "…"`, `- **Location:**`, `Location:` at a line start.
const LOCATION =
  /^[ \t]*(?:[-*+•][ \t]+|\d+[.)][ \t]+)?(?:\*\*|__)?[ \t]*Location[ \t]*(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?/gim;
const ISSUE =
  /^[ \t]*(?:[-*+•][ \t]+)?(?:\*\*|__)?[ \t]*Issue[ \t]*(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?/im;
const INLINE_ISSUE = /(?:\*\*|__)?\bIssue[ \t]*(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?/i;
// "Critical Error – …", "**Justification Gap** - …", "Incomplete Solution: …"
const ISSUE_CLASS =
  /^(?:\*\*|__)?([A-Za-z][A-Za-z ]{2,40}?)(?:\*\*|__)?[ \t]*(?:-+|–|—|:|\.)[ \t]*([\s\S]*)$/;

/**
 * The lyang36/IMO25 agent's report: Summary / Final Verdict / List of Findings (`Location:` +
 * `Issue: Critical Error | Justification Gap – …`) / Detailed Verification Log.
 */
export function parseImo25Report(text: string): ParsedReport | null {
  const hasLocation = /\bLocation[ \t*_]*:/i.test(text);
  const hasList = LIST_HEADING.test(text);
  const looksLikeImo25 =
    (hasLocation && (hasList || /\bIssue[ \t*_]*:/i.test(text))) ||
    (hasList && /Final\s+Verdict/i.test(text));
  if (!looksLikeImo25) return null;

  const verdict = stripEmphasis(VERDICT.exec(text)?.[1] ?? '');
  const { list, log } = splitSections(text);
  const findings = readLocations(list, false);
  // A Location/Issue pair the verifier wrote only in its log (it happens: a report whose list
  // says "no issues" while its log flags a gap) is a finding too; repeats of the list are not.
  const listed = new Set(findings.map((f) => quoteKey(f.quote)));
  findings.push(...readLocations(log, true).filter((f) => !listed.has(quoteKey(f.quote))));

  const score =
    toRubricScore(lastLabelledBoxedScore(text)) ??
    scoreFromVerdict(verdict) ??
    scoreFromFindings(findings);
  return { format: 'imo25', score, summary: verdict, findings };
}

/** The List of Findings runs from its heading to the next heading or bold title line. */
function splitSections(text: string): { list: string; log: string } {
  const heading = LIST_HEADING.exec(text);
  if (!heading) return { list: text, log: '' };
  const start = heading.index + heading[0].length;
  const rest = text.slice(start);
  const end =
    /^[ \t]*(?:#{1,6}(?:\s|$)|\*\*(?!\s*(?:Location|Issue)\b)[^\n]*\*\*[ \t:]*$|\*\*[ \t]*$)/m.exec(
      rest,
    );
  const listEnd = end ? start + end.index : text.length;
  return { list: text.slice(start, listEnd), log: text.slice(listEnd) };
}

/**
 * One finding per `Location:`. In the log an entry is followed by more log, so there its
 * issue ends with its paragraph; in the list it runs to the next `Location:`.
 */
function readLocations(section: string, inLog: boolean): ParsedFinding[] {
  const markers = [...section.matchAll(LOCATION)];
  return markers.map((m, i) => {
    const from = (m.index ?? 0) + m[0].length;
    return readEntry(section.slice(from, markers[i + 1]?.index ?? section.length), inLog);
  });
}

function readEntry(entry: string, inLog: boolean): ParsedFinding {
  const issue = ISSUE.exec(entry) ?? INLINE_ISSUE.exec(entry);
  const location = issue ? entry.slice(0, issue.index) : entry;
  let issueText = issue ? entry.slice(issue.index + issue[0].length) : '';
  if (inLog) issueText = issueText.split(/\n[ \t]*\n/)[0];
  issueText = stripEmphasis(issueText);
  const { label, description } = splitIssueClass(issueText);
  return {
    // Critical Error → critical, Justification Gap (and "Incomplete Solution") → gap, else minor.
    severity: severityFromLabel(label) ?? 'minor',
    quote: cleanQuote(location),
    lines: null,
    description,
    suggestion: '',
    ...(label ? { category: label } : {}),
  };
}

/** "Critical Error – text" → the class and the text; a sentence is not a class. */
function splitIssueClass(issueText: string): { label: string; description: string } {
  const classed = ISSUE_CLASS.exec(issueText);
  const label = classed?.[1].trim() ?? '';
  const short = label.split(/\s+/).length <= 4;
  const isClass =
    short && (/^[A-Z][a-z]*(?: [A-Z][a-z]*)*$/.test(label) || severityFromLabel(label));
  if (!classed || !isClass) return { label: '', description: issueText.trim() };
  return { label, description: classed[2].trim() };
}
