import type { ParsedFinding } from '@/lib/schemas/findings';

// "no Critical Errors are present" must not read as a critical error.
const NEGATED_CRITICAL =
  /\b(?:no|without(?: any)?|free of|not contain(?:ing)?(?: any)?)\s+critical\s+errors?\b/gi;
const FAILING =
  /\binvalid\b|\bincorrect\b|\bnot\s+(?:correct|valid)\b|\bfails?\b|\bcritical\s+errors?\b|\bwrong\b/i;
const GAPPED =
  /justification\s+gaps?|\bgaps?\b|\bincomplete\b|not\s+(?:fully\s+)?rigorous|lacks?\s+rigou?r|\bminor\b/i;
const PASSING = /\bcorrect\b|\bvalid\b|\brigorous\b|\bsound\b/i;

/**
 * The IMO25 agent grades in words, not numbers: "The solution is correct" → 1, "… contains
 * Justification Gaps" / "viable but incomplete" → 0.5, "invalid" / "contains a Critical Error"
 * → 0. Null when the verdict says none of these.
 */
export function scoreFromVerdict(verdict: string): number | null {
  const text = verdict.replace(NEGATED_CRITICAL, ' ');
  if (FAILING.test(text)) return 0;
  if (GAPPED.test(text)) return 0.5;
  if (PASSING.test(text)) return 1;
  return null;
}

/** Without a readable verdict, the findings decide: any critical → 0, any other → 0.5, none → 1. */
export function scoreFromFindings(findings: ParsedFinding[]): number {
  if (findings.some((f) => f.severity === 'critical')) return 0;
  return findings.length ? 0.5 : 1;
}
