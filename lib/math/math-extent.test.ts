import { describe, expect, it } from 'vitest';
import { extractMath } from './extract-math';
import { findMathClose } from './math-extent';
import { normalizeTex } from './normalize-tex';

const close = (src: string, open: string, closer: '$' | '$$' | '\\)' | '\\]') =>
  findMathClose(src, open.length, closer, src.length);

describe('findMathClose reads TeX groups, not the next delimiter', () => {
  it('skips delimiters of math nested in \\text{} and friends', () => {
    const inner = '\\(a \\text{ for all \\(k\\) with *odd* k} + b\\) rest';
    expect(close(inner, '\\(', '\\)')).toBe(inner.indexOf('\\) rest'));
    const dollars = '$a \\text{ if $k$ is odd } b$ rest';
    expect(close(dollars, '$', '$')).toBe(dollars.indexOf('$ rest'));
    const display = '$$ x \\mbox{ where $$y$$ } $$ rest';
    expect(close(display, '$$', '$$')).toBe(display.indexOf('$$ rest'));
  });

  it('does not care about line breaks or indentation inside the formula', () => {
    const src = '\\(a +\n                b \\textbf{ and\n  \\(c\\)}\\)';
    expect(close(src, '\\(', '\\)')).toBe(src.length - 2);
  });

  it('takes escapes as escapes and lets unbalanced braces be KaTeX’s concern', () => {
    expect(close('$a \\$ b$', '$', '$')).toBe(7);
    expect(close('\\(\\frac{1}{\\) x', '\\(', '\\)')).toBe(11);
    expect(close('\\[a\\\\[2mm] b\\]', '\\[', '\\]')).toBe(12);
  });

  it('gives up on math opened inside math and on a group left open', () => {
    expect(close('\\(x and \\(y\\)', '\\(', '\\)')).toBe(-1);
    expect(close('\\(\\text{x \\)', '\\(', '\\)')).toBe(-1);
  });
});

describe('the tokenizer with TeX grouping', () => {
  const mathOf = (text: string) => extractMath(normalizeTex(text)).math.map((m) => m.tex);

  it('keeps a formula whose \\text{} holds $k$ or \\(k\\) whole', () => {
    expect(mathOf('so $n \\text{ for $k$ odd}$ holds')).toEqual(['n \\text{ for $k$ odd}']);
    expect(mathOf('so \\(n \\text{ for \\(k\\) odd}\\) holds')).toEqual(['n \\text{ for $k$ odd}']);
  });
});
