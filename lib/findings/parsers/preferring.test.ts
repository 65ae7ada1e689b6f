import { describe, expect, it } from 'vitest';
import { parseReport, parseReportPreferring } from './index';

/** Prose in DeepSeekMath-V2's shape that also carries Proofdesk's block: both parsers read it. */
const BOTH = `Here is my evaluation of the solution:

The second step is false: it claims "x > 1" without proof, which is not justified.

### Issues
[ISSUE 1]
Severity: minor
Lines: L2
Quote: "x > 1"
Description: Unproved bound.
Suggested fix: Prove it.

### Score
Based on my evaluation, the final overall score should be: \\boxed{0}`;

describe("a prompt set's parser", () => {
  it('reads the report first when it names one', () => {
    expect(parseReport(BOTH).format).toBe('proofdesk');
    expect(parseReportPreferring(BOTH, null).format).toBe('proofdesk');
    const prose = parseReportPreferring(BOTH, 'deepseek');
    expect(prose.format).toBe('deepseek');
    expect(prose.findings[0].lines).toBeNull();
  });

  it('falls back to the usual order when the report is not in its format', () => {
    expect(parseReportPreferring(BOTH, 'imo25').format).toBe('proofdesk');
    expect(parseReportPreferring('just words', 'imo25').format).toBe('unknown');
  });
});
