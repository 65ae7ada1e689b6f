import { describe, expect, it } from 'vitest';
import { cleanQuote, stripEmphasis, unquote } from './text';

describe('quote cleaning', () => {
  it.each([
    ['"abc"', 'abc'],
    ['“abc”', 'abc'],
    ['"abc".', 'abc'],
    ["'by symmetry'", 'by symmetry'],
    ['"A" and "B"', '"A" and "B"'],
    ['"starts quoted" then not', '"starts quoted" then not'],
    ['no quotes', 'no quotes'],
    ['"', '"'],
  ])('unquote(%j) → %j', (input, output) => {
    expect(unquote(input)).toBe(output);
  });

  it('strips emphasis that wraps or dangles', () => {
    expect(stripEmphasis('**critical**')).toBe('critical');
    expect(stripEmphasis('** "quote"')).toBe('"quote"');
    expect(cleanQuote('**“quote”**')).toBe('quote');
  });
});
