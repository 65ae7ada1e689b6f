import { describe, expect, it } from 'vitest';
import { longestQuotedSpan, withoutQuotedSpans } from './quoted-spans';

describe('longestQuotedSpan', () => {
  it('prefers the longest text in quotation marks', () => {
    expect(
      longestQuotedSpan('It says "short" and “a much longer quote” with \\(x^2+y^2+z^2\\).'),
    ).toBe('a much longer quote');
  });

  it('falls back to the longest formula, delimiters kept', () => {
    expect(longestQuotedSpan('Here \\(a\\) and $b + c = d$ and \\[e\\].')).toBe('$b + c = d$');
    expect(longestQuotedSpan('Display: \\[\n x \\ge 0 \\tag{1}\n\\]')).toBe(
      '\\[\n x \\ge 0 \\tag{1}\n\\]',
    );
  });

  it('returns empty when nothing is quoted; $5 and $10 are not a formula', () => {
    expect(longestQuotedSpan('Nothing quoted here.')).toBe('');
    expect(longestQuotedSpan('It costs $5 and $10.')).toBe('');
  });
});

describe('withoutQuotedSpans', () => {
  it('blanks quotes and formulas so their words are not read as verdicts', () => {
    expect(withoutQuotedSpans('It says "this is false" and \\(x\\) is wrong.')).toBe(
      'It says  QUOTED  and  QUOTED  is wrong.',
    );
  });
});
