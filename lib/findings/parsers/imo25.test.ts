import { describe, expect, it } from 'vitest';
import { parseImo25Report } from './imo25';
import { scoreFromVerdict } from './imo25-verdict';

const REPORT = `**Summary**

**Final Verdict:** The solution is invalid because it contains a Critical Error in Step 3.

**List of Findings:**
*   **Location:** "Since $f$ is injective, $f(0) = 0$."
    *   **Issue:** Critical Error - Injectivity alone does not give $f(0)=0$; the chain breaks here.
*   **Location:** "By a standard argument, the sequence is bounded."
    *   **Issue:** Justification Gap – No argument is given; I assume it for the rest.
- **Location:** The final paragraph, which restates the answer.
  - **Issue:** Presentation - The answer is stated twice.

**Detailed Verification Log**

**Step 3:** "Since $f$ is injective, $f(0) = 0$."
*   **Issue:** Critical Error - (as above; dependent steps are not checked)
`;

describe('parseImo25Report', () => {
  it('reads every Location of the List of Findings and nothing from the log', () => {
    const report = parseImo25Report(REPORT);
    expect(report).toMatchObject({
      format: 'imo25',
      score: 0,
      summary: 'The solution is invalid because it contains a Critical Error in Step 3.',
    });
    expect(report?.findings).toEqual([
      {
        severity: 'critical',
        quote: 'Since $f$ is injective, $f(0) = 0$.',
        lines: null,
        description: 'Injectivity alone does not give $f(0)=0$; the chain breaks here.',
        suggestion: '',
        category: 'Critical Error',
      },
      {
        severity: 'gap',
        quote: 'By a standard argument, the sequence is bounded.',
        lines: null,
        description: 'No argument is given; I assume it for the rest.',
        suggestion: '',
        category: 'Justification Gap',
      },
      {
        severity: 'minor',
        quote: 'The final paragraph, which restates the answer.',
        lines: null,
        description: 'The answer is stated twice.',
        suggestion: '',
        category: 'Presentation',
      },
    ]);
  });

  it('keeps a Location that is only partly quoted as written (anchoring cleans it)', () => {
    const text = `**List of Findings:**\n*   **Location:** "A" ... "B"\n    *   **Issue:** Justification Gap - x\n`;
    expect(parseImo25Report(text)?.findings[0].quote).toBe('"A" ... "B"');
  });

  it('maps "Incomplete Solution" to gap and an unclassed issue to minor', () => {
    const text = `**List of Findings:**
*   **Location:** "c = 4"
    *   **Issue:** Incomplete Solution - The upper bound is never proved.
*   **Location:** "x"
    *   **Issue:** the notation changes midway.
`;
    const findings = parseImo25Report(text)?.findings ?? [];
    expect(findings.map((f) => [f.severity, f.category, f.description])).toEqual([
      ['gap', 'Incomplete Solution', 'The upper bound is never proved.'],
      ['minor', undefined, 'the notation changes midway.'],
    ]);
  });

  it('ends the list at the next heading, also when the log heading is cut off', () => {
    const text = `### Summary ###\n**Final Verdict:** The solution's approach is viable but contains several Justification Gaps.\n\n**List of Findings:**\n*   **Location:** "a"\n    *   **Issue:** Justification Gap - g\n\n###`;
    const report = parseImo25Report(text);
    expect(report?.score).toBe(0.5);
    expect(report?.findings).toHaveLength(1);
  });

  it('adds a Location/Issue the verifier wrote only in its log, once', () => {
    const text = `**Final Verdict:** The solution is correct.

**List of Findings:**
- No issues were identified.

**Detailed Verification Log**
Step 2 looks wrong at first.
**Issue identified here.**
Location: "S = m√2 at y=0"
Issue: Justification Gap - The reset property is not stated.

More log text that is not part of the issue.
`;
    const report = parseImo25Report(text);
    expect(report?.score).toBe(1);
    expect(report?.findings).toEqual([
      {
        severity: 'gap',
        quote: 'S = m√2 at y=0',
        lines: null,
        description: 'The reset property is not stated.',
        suggestion: '',
        category: 'Justification Gap',
      },
    ]);
  });

  it('uses a boxed score only when the report calls it a score', () => {
    const withAnswer = `${REPORT}\nThe solution ends with \\boxed{1}.`;
    expect(parseImo25Report(withAnswer)?.score).toBe(0);
    expect(parseImo25Report(`${REPORT}\nFinal score: \\boxed{0.5}`)?.score).toBe(0.5);
  });

  it('is not its format without Location/Issue or a findings list', () => {
    expect(parseImo25Report('Here is my evaluation of the solution: fine.')).toBeNull();
    expect(
      parseImo25Report('**Final Verdict:** correct.\n\n**List of Findings:**\nNone.'),
    ).toMatchObject({
      format: 'imo25',
      score: 1,
      findings: [],
    });
  });
});

describe('scoreFromVerdict', () => {
  it.each([
    ['The solution is correct.', 1],
    ['The solution is correct, but contains one Justification Gap.', 0.5],
    ["The solution's approach is viable but contains several Justification Gaps.", 0.5],
    [
      'The solution is viable and arrives at the correct answer, but it contains a Justification Gap.',
      0.5,
    ],
    [
      '…several Justification Gaps where arguments are hand-wavy, though no Critical Errors are present.',
      0.5,
    ],
    ['The solution is invalid because it contains a Critical Error.', 0],
    ['The solution contains a Critical Error and is therefore invalid.', 0],
    ['The solution is incomplete and therefore invalid as a rigorous proof.', 0],
    ['The solution is invalid because it contains multiple Justification Gaps.', 0],
    ['Hmm.', null],
  ])('%s → %s', (verdict, score) => {
    expect(scoreFromVerdict(verdict)).toBe(score);
  });
});
