import { describe, expect, it } from 'vitest';
import { parseProofdeskReport } from './proofdesk';

const REPORT = `Here is my evaluation of the solution:

The reduction in Step 1 is fine. Step 3 claims the tangent–chord angle without proof.

### Issues
[ISSUE 1]
Severity: critical
Lines: L27-L28
Quote: "Hence PM ⟂ AC and PN ⟂ AD."
Description: The perpendicularity is asserted from the tangent–chord angle, which does not apply
because M is not on the circle.
Suggested fix: Prove MA = MC first, then use the isosceles triangle.

[ISSUE 2]
Severity: gap
Lines: L12
Quote: "Why P is on the bisector"
Description: No reason is given.
Suggested fix: Show that P is equidistant from both sides.

### Score
Based on my evaluation, the final overall score should be: \\boxed{0}`;

describe('parseProofdeskReport', () => {
  it('reads our block: entries, multi-line values, score, summary', () => {
    const report = parseProofdeskReport(REPORT);
    expect(report).toMatchObject({ format: 'proofdesk', score: 0 });
    expect(report?.summary).toMatch(/^Here is my evaluation[\s\S]*without proof\.$/);
    expect(report?.findings).toEqual([
      {
        severity: 'critical',
        quote: 'Hence PM ⟂ AC and PN ⟂ AD.',
        lines: { start: 27, end: 28 },
        description:
          'The perpendicularity is asserted from the tangent–chord angle, which does not apply\nbecause M is not on the circle.',
        suggestion: 'Prove MA = MC first, then use the isosceles triangle.',
      },
      {
        severity: 'gap',
        quote: 'Why P is on the bisector',
        lines: { start: 12, end: 12 },
        description: 'No reason is given.',
        suggestion: 'Show that P is equidistant from both sides.',
      },
    ]);
  });

  it('is lenient: bold keys, lowercase keys, curly or no quotes, spacing, long severity names', () => {
    const text = `### Issues

**[ISSUE 1]**
**Severity:** Critical Error
**Lines:** 12-14
**Quote:** “the sum is even”
**Description:** wrong parity.

[ISSUE 2]
  severity :   minor
  lines: L3, L5
  quote: a_n \\le 2
  description:   typo in the index
  suggested fix: write a_{n+1}

[ISSUE 3]
- __Severity__: Justification Gap
- Line: L007
- Quote: 'by symmetry'
- Explanation: which symmetry?
- Suggestion: name it

### Score
\\boxed{\\frac{1}{2}}`;
    const report = parseProofdeskReport(text);
    expect(report?.score).toBe(0.5);
    expect(
      report?.findings.map((f) => [f.severity, f.quote, f.lines, f.description, f.suggestion]),
    ).toEqual([
      ['critical', 'the sum is even', { start: 12, end: 14 }, 'wrong parity.', ''],
      ['minor', 'a_n \\le 2', { start: 3, end: 5 }, 'typo in the index', 'write a_{n+1}'],
      ['gap', 'by symmetry', { start: 7, end: 7 }, 'which symmetry?', 'name it'],
    ]);
  });

  it('keeps quotes that span lines and defaults an unreadable severity to gap', () => {
    const text = `[ISSUE 1]\nSeverity: ???\nLines: none\nQuote: "first line\nsecond line"\nDescription: d`;
    expect(parseProofdeskReport(text)?.findings[0]).toMatchObject({
      severity: 'gap',
      lines: null,
      quote: 'first line\nsecond line',
    });
  });

  it('has no findings when the Issues section is empty or says none', () => {
    for (const issues of ['', 'None.', '(no issues found)']) {
      const report = parseProofdeskReport(
        `All good.\n\n### Issues\n${issues}\n\n### Score\n\\boxed{1}`,
      );
      expect(report).toMatchObject({ format: 'proofdesk', score: 1, findings: [] });
    }
  });

  it('keeps an Issues section it cannot split as one finding', () => {
    const report = parseProofdeskReport(
      '### Issues\n- Step 4 divides by zero.\n### Score\n\\boxed{0}',
    );
    expect(report?.findings).toEqual([
      {
        severity: 'gap',
        quote: '',
        lines: null,
        description: '- Step 4 divides by zero.',
        suggestion: '',
      },
    ]);
  });

  it('takes the last boxed of the Score section, even with boxed answers in quotes', () => {
    const text = `[ISSUE 1]\nSeverity: minor\nQuote: "\\boxed{4}"\nDescription: d\n### Score\n\\boxed{1}\n… on reflection \\boxed{0.5}`;
    expect(parseProofdeskReport(text)?.score).toBe(0.5);
  });

  it('reads a score without a Score heading, and refuses non-rubric numbers', () => {
    expect(
      parseProofdeskReport('[ISSUE 1]\nSeverity: gap\nDescription: d\nScore: 0.5')?.score,
    ).toBe(0.5);
    expect(parseProofdeskReport('### Issues\nNone\n### Score\n\\boxed{7}')?.score).toBeNull();
  });

  it('accepts "Issue n" headings inside the Issues section', () => {
    const report = parseProofdeskReport(
      '### Issues\n#### Issue 1\nSeverity: gap\nDescription: a\n**Issue 2**\nSeverity: minor\nDescription: b',
    );
    expect(report?.findings.map((f) => f.description)).toEqual(['a', 'b']);
  });

  it('accepts bold **Issues** / **Score** headings once [ISSUE entries are present', () => {
    const report = parseProofdeskReport(
      'Prose.\n\n**Issues**\n[ISSUE 1]\nSeverity: gap\nDescription: d\n\n**Score**\n\\boxed{0.5}',
    );
    expect(report).toMatchObject({
      summary: 'Prose.',
      score: 0.5,
      findings: [{ description: 'd' }],
    });
  });

  it('is not its format without [ISSUE or a # Issues heading', () => {
    expect(
      parseProofdeskReport('Here is my evaluation of the solution: fine. \\boxed{1}'),
    ).toBeNull();
    expect(parseProofdeskReport('**Issues**\n- Step 2 is wrong.\n\\boxed{0}')).toBeNull();
  });
});
