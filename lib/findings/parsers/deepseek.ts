import { lastBoxedScore } from '@/lib/parse/boxed';
import { toRubricScore } from '@/lib/parse/score';
import type { ParsedFinding, ParsedReport, Severity } from '@/lib/schemas/findings';
import { classifyPassage } from './defect-cues';
import { splitPassages } from './evaluation-passages';
import { longestQuotedSpan } from './quoted-spans';

const OPENING = /Here is my evaluation of the solution\s*:?/i;
// Their template says "final overal score" (sic); accept both spellings and close variants.
const CLOSING =
  /(?:Based on my evaluation,?\s*)?the final overall? score (?:should be|is)\b|Based on my evaluation\b/gi;
const SUMMARY_START =
  /^(?:\*\*)?(?:overall|in summary|in conclusion|to summari[sz]e|summary|conclusion)\b/i;
const SUGGESTION =
  /\b(?:should|needs? to|would need to|to fix|to repair|could be (?:fixed|repaired)|it (?:would )?suffices? to)\b/i;

/**
 * DeepSeekMath-V2's free prose: "Here is my evaluation of the solution: … the final overall
 * score should be: \boxed{s}". Findings are the passages that call something wrong or
 * incomplete (see defect-cues); the quote is the longest span they quote.
 */
export function parseDeepseekReport(text: string): ParsedReport | null {
  const opening = OPENING.exec(text);
  const closings = [...text.matchAll(CLOSING)];
  if (!opening && closings.length === 0) return null;

  const bodyStart = opening ? opening.index + opening[0].length : 0;
  const closing = closings.filter((c) => (c.index ?? 0) >= bodyStart).pop();
  const body = text.slice(bodyStart, closing?.index ?? text.length);
  const score = toRubricScore(lastBoxedScore(text.slice(closing?.index ?? bodyStart)));

  const passages = splitPassages(body);
  const last = passages[passages.length - 1] ?? '';
  const summary = SUMMARY_START.test(last) ? last : '';
  let findings = passages.flatMap((passage) => {
    const severity = classifyPassage(passage);
    return severity ? [toFinding(passage, severity)] : [];
  });
  // The closing overview repeats the findings above it; keep it only if it is all there is.
  if (summary && findings.length > 1 && findings[findings.length - 1].description === summary) {
    findings = findings.slice(0, -1);
  }
  // A failing grade with no passage we could read as a defect: keep the evaluation whole.
  if (findings.length === 0 && score !== 1 && body.trim()) {
    findings = [toFinding(body.trim(), score === 0 ? 'critical' : 'gap', '')];
  }
  return { format: 'deepseek', score, summary, findings };
}

function toFinding(
  passage: string,
  severity: Severity,
  quote = longestQuotedSpan(passage),
): ParsedFinding {
  const sentences = passage.split(/(?<=[.!?])\s+/).filter((s) => SUGGESTION.test(s));
  return { severity, quote, lines: null, description: passage, suggestion: sentences.join(' ') };
}
