import { describe, expect, it } from 'vitest';
import { parseReport, parseReportAs } from '.';

const OURS = `Here is my evaluation of the solution:\nStep 2 is wrong.\n\n### Issues\n[ISSUE 1]\nSeverity: critical\nLines: L2\nQuote: "x = 1"\nDescription: wrong.\n\n### Score\nBased on my evaluation, the final overall score should be: \\boxed{0}`;
const IMO25 = `**Final Verdict:** The solution is invalid.\n\n**List of Findings:**\n*   **Location:** "x = 1"\n    *   **Issue:** Critical Error - wrong.\n`;
const JSON_REPORT =
  '[{"location": "Step 2", "text": "x = 1", "description": "wrong", "category": "Other"}]';
const DEEPSEEK = `Here is my evaluation of the solution:\n\nThe step "x = 1" is incorrect.\n\nBased on my evaluation, the final overall score should be:\n\\boxed{0}`;

describe('parseReport', () => {
  it.each([
    ['proofdesk', OURS],
    ['imo25', IMO25],
    ['json', JSON_REPORT],
    ['deepseek', DEEPSEEK],
    ['unknown', 'Not sure what to say.'],
  ])('detects %s', (format, text) => {
    const report = parseReport(text);
    expect(report.format).toBe(format);
    expect(report.findings).toHaveLength(1);
  });

  it('prefers our block over the DeepSeek opening sentence our prompt also asks for', () => {
    expect(parseReport(OURS)).toMatchObject({ format: 'proofdesk', score: 0 });
  });

  it('never drops a report: an empty one is unknown with no findings and no score', () => {
    expect(parseReport('')).toEqual({ format: 'unknown', score: null, summary: '', findings: [] });
  });
});

describe('parseReportAs', () => {
  it('parses as the given format', () => {
    expect(parseReportAs(DEEPSEEK, 'deepseek').format).toBe('deepseek');
    expect(parseReportAs(OURS, 'deepseek')).toMatchObject({ format: 'deepseek', score: 0 });
  });

  it('keeps a report whole when it is not in the forced format', () => {
    const report = parseReportAs(DEEPSEEK, 'imo25');
    expect(report.format).toBe('unknown');
    expect(report.findings[0].description).toBe(DEEPSEEK);
    expect(parseReportAs(DEEPSEEK, 'unknown').format).toBe('unknown');
  });
});
