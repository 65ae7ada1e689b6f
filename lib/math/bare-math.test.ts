import { describe, expect, it } from 'vitest';
import { splitBareMath } from './bare-math';

const wrapped = (text: string) =>
  splitBareMath(text)
    .map((t) => (t.kind === 'math' ? `[${t.tex}]` : t.kind === 'text' ? t.value : ''))
    .join('');

describe('splitBareMath', () => {
  it('wraps commands with their arguments, scripts and operands', () => {
    expect(wrapped('for all n \\in \\mathbb{N}, we')).toBe('for all [n \\in \\mathbb{N}], we');
    expect(wrapped('so x^2 \\le \\frac{a}{b}^2 + 1.')).toBe('so [x^2 \\le \\frac{a}{b}^2 + 1].');
    expect(wrapped('since r \\not\\equiv 0 here')).toBe('since [r \\not\\equiv 0] here');
  });

  it('leaves text commands, unknown commands and escapes alone', () => {
    for (const text of ['\\emph{x} and \\foo{y}', 'a \\\\ b', 'C:\\Users\\me', '\\$5']) {
      expect(wrapped(text)).toBe(text);
    }
  });

  it('stops before an unbalanced \\right or parenthesis', () => {
    expect(wrapped('q = \\frac{a}{b} \\right) and')).toBe('q = [\\frac{a}{b}] \\right) and');
    expect(wrapped('(with \\alpha) ok')).toBe('(with [\\alpha]) ok');
  });

  it('leaves a command whose argument never closes as source', () => {
    expect(wrapped('= \\frac{h - {wait')).toBe('= \\frac{h - {wait');
  });
});
