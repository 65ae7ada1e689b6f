import { describe, expect, it } from 'vitest';
import { parseDeepseekReport } from './deepseek';

const PRAISE_ONLY = `Here is my evaluation of the solution:

**Step 1 (Case \\(P \\le 16\\)).** The solution applies AM–GM to \\(x^2, y^2, z^2, t^2\\) to get \\(Q \\ge 4\\sqrt{P}\\). I initially doubted whether AM–GM applies, since it needs non-negative terms, but squares are non-negative, so this is correct.

**Step 2 (Case \\(P \\ge 16\\)).** Cauchy–Schwarz gives \\(4Q \\ge S^2\\). Squaring \\(S \\ge P/2\\) is valid because both sides are non-negative. At first I was worried that the case split might miss \\(P = 16\\), but the solution explicitly notes that \\(P = 16\\) belongs to both cases.

The solution shows that the opposite assumption is false, reaching a contradiction, and the error term is bounded.

There are no errors or gaps; every step is justified and nothing is missing.

Based on my evaluation, the final overall score should be:
\\boxed{1}`;

const WITH_GAP = `Here is my evaluation of the solution:

The solution proves that \\(f\\) is injective and then derives \\(f(0)=0\\).

**Step 3.** The solution states "Hence \\(f(x+1) = f(x) + 1\\) for all integers \\(x\\)" but this is not justified: the substitution only gives it for \\(x \\ge 0\\). This is a gap, although the claim is true. The solution should treat negative \\(x\\) separately.

**Step 5.** There is a minor typo: \\(f(2x)\\) is written as \\(f(x^2)\\) in equation (4).

Overall, the solution is generally correct but omits the justification in Step 3.

Based on my evaluation, the final overal score should be:
\\boxed{0.5}`;

const FATAL = `Here is my evaluation of the solution:

1. The key lemma claims that every prime \\(p\\) dividing \\(a_n\\) also divides \\(a_{n+1}\\). This is false: for \\(n = 2\\) we get \\(a_2 = 6\\) and \\(a_3 = 35\\). The rest of the argument depends on it.
2. Consequently the final answer \\(\\boxed{136}\\) is not established.
3. The bound in the last paragraph is correct.

Based on my evaluation, the final overall score should be: \\boxed{0}`;

describe('parseDeepseekReport', () => {
  it('finds nothing in a score-1 report that only praises (doubts and restatements included)', () => {
    expect(parseDeepseekReport(PRAISE_ONLY)).toEqual({
      format: 'deepseek',
      score: 1,
      summary: '',
      findings: [],
    });
  });

  it('turns the passages that call a step unjustified or mistyped into findings', () => {
    const report = parseDeepseekReport(WITH_GAP);
    expect(report?.score).toBe(0.5);
    expect(report?.summary).toBe(
      'Overall, the solution is generally correct but omits the justification in Step 3.',
    );
    expect(report?.findings.map((f) => [f.severity, f.quote])).toEqual([
      ['gap', 'Hence \\(f(x+1) = f(x) + 1\\) for all integers \\(x\\)'],
      ['minor', '\\(f(x^2)\\)'],
    ]);
    expect(report?.findings[0].description).toMatch(/^\*\*Step 3\.\*\* The solution states/);
    expect(report?.findings[0].suggestion).toBe(
      'The solution should treat negative \\(x\\) separately.',
    );
  });

  it('grades wording: false → critical, not established → gap; list items are passages', () => {
    const report = parseDeepseekReport(FATAL);
    expect(report?.score).toBe(0);
    expect(report?.findings.map((f) => f.severity)).toEqual(['critical', 'gap']);
    expect(report?.findings[0].description).toMatch(/^1\. The key lemma/);
  });

  it('keeps a failing evaluation whole when no passage reads as a defect', () => {
    const text =
      'Here is my evaluation of the solution:\n\nThe approach cannot work.\n\nBased on my evaluation, the final overall score should be: \\boxed{0}';
    expect(parseDeepseekReport(text)?.findings).toEqual([
      {
        severity: 'critical',
        quote: '',
        lines: null,
        description: 'The approach cannot work.',
        suggestion: '',
      },
    ]);
  });

  it('reads the closing without the opening, and a missing score as null', () => {
    const noOpening =
      'Step 2 is wrong.\n\nBased on my evaluation, the final overall score should be: \\boxed{\\frac{1}{2}}';
    expect(parseDeepseekReport(noOpening)).toMatchObject({
      score: 0.5,
      findings: [{ severity: 'critical' }],
    });
    const cut = parseDeepseekReport('Here is my evaluation of the solution:\n\nStep 1 is fine and');
    expect(cut?.score).toBeNull();
    expect(cut?.findings).toHaveLength(1); // no grade: kept whole rather than lost
  });

  it('is not its format without its opening or closing sentence', () => {
    expect(parseDeepseekReport('The proof is wrong. \\boxed{0}')).toBeNull();
  });
});
