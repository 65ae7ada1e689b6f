import type { MockFinding } from './mock-findings';

export type ReportFormat = 'ours' | 'imo25' | 'deepseek' | 'json' | 'unreadable';
export const REPORT_FORMATS: readonly ReportFormat[] = [
  'ours',
  'imo25',
  'deepseek',
  'json',
  'unreadable',
];

const OPENING = 'Here is my evaluation of the solution:';
const SCORE_LINE = 'Based on my evaluation, the final overall score should be:';

function prose(findings: MockFinding[]): string {
  if (!findings.length) {
    return `${OPENING}\n\nThe normalisation \\(a + b + c = 1\\) is justified by homogeneity, the rewriting \\(b + c = 1 - a\\) is correct, and the tangent-line bound \\(\\frac{x}{1-x} \\ge \\frac{9x - 1}{4}\\) is proved by an exact identity. Summing it gives the claim, and the equality case is derived. The proof is complete and rigorous.`;
  }
  return `${OPENING}\n\nThe reduction to \\(a + b + c = 1\\) and the rewriting of the denominators are fine. ${findings
    .map((f) => f.description)
    .join(' ')}\n\nBecause the key estimate fails, the argument does not establish the inequality.`;
}

function ours(findings: MockFinding[]): string {
  const issues = findings.map(
    (f, i) =>
      `[ISSUE ${i + 1}]\nSeverity: ${f.severity}\nLines: L${f.line}\nQuote: "${f.quote}"\nDescription: ${f.description}\nSuggested fix: ${f.suggestion}`,
  );
  const score = findings.length ? '0' : '1';
  return `${prose(findings)}\n\n### Issues\n${issues.join('\n\n') || 'None.'}\n\n### Score\n${SCORE_LINE} \\boxed{${score}}`;
}

function imo25(findings: MockFinding[]): string {
  const verdict = findings.length
    ? 'The solution is invalid because it contains a Critical Error in its key estimate.'
    : 'The solution is correct.';
  const list = findings.length
    ? findings
        .map((f) => {
          const kind = f.severity === 'critical' ? 'Critical Error' : 'Justification Gap';
          return `* **Location:** "${f.quote}"\n  * **Issue:** ${kind} – ${f.description}`;
        })
        .join('\n')
    : 'There are no issues.';
  const log = findings.length
    ? findings.map(
        (f) => `* **Step:** "${f.quote}"\n  This step is not justified: ${f.description}`,
      )
    : ['* Every step was checked and is correct.'];
  return `**Summary**\n\n**Final Verdict:** ${verdict}\n\n**List of Findings:**\n${list}\n\n---\n\n**Detailed Verification Log**\n\n${log.join('\n\n')}`;
}

function deepseek(findings: MockFinding[]): string {
  const critical = findings.find((f) => f.severity === 'critical');
  const body = critical
    ? `${OPENING}\n\nThe solution first normalises \\(a + b + c = 1\\), which is fine. It then states: "${critical.quote}" ${critical.description} This is a fatal error.`
    : prose([]);
  return `${body}\n\n${SCORE_LINE} \\boxed{${critical ? '0' : '1'}}`;
}

function json(findings: MockFinding[]): string {
  const items = findings.map((f) => ({
    location: `Line ${f.line}`,
    text: f.quote,
    description: f.description,
    category: f.category,
  }));
  return `${findings.length ? 'I found the following issues.' : 'I found no issues.'}\n\n\`\`\`json\n${JSON.stringify(items, null, 2)}\n\`\`\`\n\n\\boxed{${findings.length ? '0' : '1'}}`;
}

function unreadable(): string {
  return 'Looking at this argument, the middle part feels shaky, though it might be fine depending on how one reads the bound. Hard to say overall; some steps look plausible and others less so.';
}

/** The verifier's report in one of the conventions real verifiers use (BRIEF §2, §4). */
export function renderReport(format: ReportFormat, findings: MockFinding[]): string {
  switch (format) {
    case 'imo25':
      return imo25(findings);
    case 'deepseek':
      return deepseek(findings);
    case 'json':
      return json(findings);
    case 'unreadable':
      return unreadable();
    default:
      return ours(findings);
  }
}
