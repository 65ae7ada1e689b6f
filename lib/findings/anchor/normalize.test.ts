import { describe, expect, it } from 'vitest';
import { normalizeWithMap } from './normalize';

const norm = (s: string) => normalizeWithMap(s).text;

describe('normalizeWithMap', () => {
  it('reads notation variants alike', () => {
    expect(norm('\\(x^2\\geq 0\\)')).toBe(norm('$x^2 \\ge 0$'));
    expect(norm('$x \\in S$, $f(x) \\le 1$')).toBe(norm('x ∈ S, f(x) ≤ 1'));
    expect(norm('$\\dfrac{1}{2}$')).toBe(norm('\\frac12'));
    expect(norm('$\\left( a \\right)$')).toBe(norm('(a)'));
    expect(norm('a\\,b\\quad c')).toBe(norm('a b c'));
    expect(norm('“quoted” — text…')).toBe(norm('"quoted" - text...'));
    expect(norm('$a − b$')).toBe(norm('a - b'));
    expect(norm('$L_1, \\ldots, L_m$')).toBe(norm('L_1, …, L_m'));
    expect(norm('**Bold** and `code`')).toBe(norm('bold and code'));
    expect(norm('$\\alpha$ is')).toBe(norm('α is'));
    expect(norm('$\\mathbb{R}$')).toBe(norm('ℝ'));
    expect(norm('$x^{2} + a_1 \\cdots \\ell$')).toBe(norm('x² + a₁ ⋯ ℓ'));
  });

  it('collapses whitespace, keeping one space only between words', () => {
    expect(norm('  We   have\n\ta + b\u00a0=\u2009c  ')).toBe('we have a+b=c');
    expect(norm('for all\r\nreal x')).toBe('for all real x');
  });

  it('keeps genuinely different text different', () => {
    expect(norm('\\leftarrow')).not.toBe(norm('('));
    expect(norm('a < b')).not.toBe(norm('a \\le b'));
    expect(norm('x_1')).not.toBe(norm('x1'));
  });

  it('maps every normalised unit back to an ordered span of the original', () => {
    const input = 'Let $\\mathbb{F}$ be 𝔽_p,\r\n  with \\(x\\geq 0\\) — done…';
    const { text, starts, ends } = normalizeWithMap(input);
    expect(starts.length).toBe(text.length);
    for (let i = 0; i < text.length; i++) {
      expect(starts[i]).toBeLessThan(ends[i]);
      if (i > 0) expect(starts[i]).toBeGreaterThanOrEqual(starts[i - 1]);
    }
    const at = text.indexOf('𝔽');
    expect(input.slice(starts[at], ends[at + 1])).toBe('𝔽');
  });

  it('does not mistake Object.prototype names for folds', () => {
    expect(norm('\\constructor \\toString')).toBe('\\constructor\\tostring');
  });
});
