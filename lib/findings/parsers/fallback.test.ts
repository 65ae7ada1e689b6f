import { describe, expect, it } from 'vitest';
import { parseUnknownReport } from './fallback';
import { MAX_DESCRIPTION_CHARS } from './text';

describe('parseUnknownReport', () => {
  it('keeps the whole report as one unanchored gap finding, with its last boxed score', () => {
    expect(parseUnknownReport('  Looks fine to me, but \\boxed{0} then \\boxed{0.5}\n')).toEqual({
      format: 'unknown',
      score: 0.5,
      summary: '',
      findings: [
        {
          severity: 'gap',
          quote: '',
          lines: null,
          description: 'Looks fine to me, but \\boxed{0} then \\boxed{0.5}',
          suggestion: '',
        },
      ],
    });
  });

  it('reads "score: x" and keeps numbers off our rubric (the format is unknown)', () => {
    expect(parseUnknownReport('Grade it.\nScore: 7').score).toBe(7);
    expect(parseUnknownReport('no number here').score).toBeNull();
  });

  it('caps a huge report and says so', () => {
    const description = parseUnknownReport('x'.repeat(MAX_DESCRIPTION_CHARS + 5)).findings[0]
      .description;
    expect(description.startsWith('x'.repeat(MAX_DESCRIPTION_CHARS))).toBe(true);
    expect(description).toMatch(/report truncated: 5 more characters/);
  });

  it('returns no finding for an empty report', () => {
    expect(parseUnknownReport(' \n ')).toEqual({
      format: 'unknown',
      score: null,
      summary: '',
      findings: [],
    });
  });
});
