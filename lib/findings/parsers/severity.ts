import type { Severity } from '@/lib/schemas/findings';

/**
 * Reads a severity label as verifiers write it: `critical`, `Critical Error`, `gap`,
 * `Justification Gap`, `minor`, `Minor issue`, `major`. Null when the label says none of these,
 * so each format can choose its own default. "Minor" wins over "error" ("minor error").
 */
export function severityFromLabel(label: string): Severity | null {
  const l = label.toLowerCase();
  if (/\b(?:minor|typo|small|trivial|cosmetic|presentation|style|nit)\b/.test(l)) return 'minor';
  if (/\b(?:critical|fatal|major|severe|error|wrong|incorrect|invalid)\b/.test(l))
    return 'critical';
  if (/\b(?:gap|justification|incomplete|missing|omitted|omission|unjustified|moderate)\b/.test(l))
    return 'gap';
  return null;
}
