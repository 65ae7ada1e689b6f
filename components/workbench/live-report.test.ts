import { describe, expect, it } from 'vitest';
import type { RunProgress } from '@/lib/schemas';
import { liveReport } from './live-report';

const REPORT = `Here is my evaluation of the solution:

[ISSUE 1]
Severity: critical
Location: "holds termwise"
Issue: The bound fails for x < 1/3.
Fix: Use the tangent line bound.

[ISSUE 2]
Severity: gap
Location: "Equality holds"
Issue: Only one direction is argued.
`;

describe('liveReport', () => {
  it('shows findings as the report arrives, with the same parsers as the stored report', () => {
    const half = liveReport(REPORT.slice(0, REPORT.indexOf('[ISSUE 2]')), null);
    const whole = liveReport(REPORT, null);
    expect(half.headline).toMatch(/Reading the report… 1 finding so far/);
    expect(whole.findings.map((f) => f.severity)).toEqual(['critical', 'gap']);
  });

  it("reads with the run's prompt set's parser first, when the page knows it", () => {
    // Proofdesk's block would be read first by default; a prose set reads the prose.
    const both = `${REPORT}\nThe second step is false: it claims "x > 1" without proof.\n\nBased on my evaluation, the final overall score should be: \\boxed{0}`;
    const block = liveReport(
      `### Issues\n[ISSUE 1]\nSeverity: minor\nLines: L2\nQuote: "x"\nDescription: d\n\n${both}`,
      null,
    );
    const prose = liveReport(
      `### Issues\n[ISSUE 1]\nSeverity: minor\nLines: L2\nQuote: "x"\nDescription: d\n\n${both}`,
      null,
      'deepseek-prose',
    );
    expect(block.findings[0].lines).not.toBeNull();
    expect(prose.findings.every((f) => f.lines === null)).toBe(true);
  });

  it('does not offer a partial report that no parser reads yet as a finding', () => {
    expect(liveReport('Here is my evaluation of the', null).findings).toEqual([]);
  });

  it('says the verifier is reasoning, and where to read it, before its report begins', () => {
    expect(liveReport('', null).headline).toBe('Waiting for the verifier…');
    const thinking = liveReport('  ', null, null, 12_345).headline;
    expect(thinking).toContain('The verifier is reasoning: 12,345 characters so far');
    expect(thinking).toContain('in Reasoning under the editor');
    // Once the report has begun, its findings are the news.
    expect(liveReport(REPORT, null, null, 12_345).headline).toMatch(
      /Reading the report… 2 findings/,
    );
  });

  it('counts samples for a many-sample verification', () => {
    const progress = {
      phase: 'verifying R1: 2 of 4 samples',
      requestsDone: 2,
      requestsTotal: 4,
      tokens: { prompt: 100, completion: 900, reasoning: 0 },
      elapsedMs: 3_200,
    } as RunProgress;
    expect(liveReport('', progress).headline).toContain('2 of 4 samples done · 1,000 tokens · 3 s');
  });
});
