import { describe, expect, it } from 'vitest';
import { elide, paraphrase, respace } from './prose-edits';
import { spanNear } from './spans';
import { editBraces, swapDelimiters, texToUnicode } from './tex-edits';

const picks = Array.from({ length: 200 }, (_, k) => k * 7919);

describe('generated verifier quotes: each edit does what verifiers do', () => {
  it('swaps math delimiters pair by pair, or leaves them out', () => {
    expect(swapDelimiters('$x$ and \\(y\\), $$z$$', 0)).toBe('\\(x\\) and $y$, \\[z\\]');
    expect(swapDelimiters('$x$ and \\(y\\)', 2)).toBe('x and y');
    expect(swapDelimiters('no math here', 0)).toBeNull();
  });

  it('drops or adds braces only where TeX reads the same', () => {
    expect(editBraces('x^{2} + a_{n}', 0)).toBe('x^2 + a_n');
    expect(editBraces('\\frac{1}{2}', 1)).toBe('\\frac12');
    expect(editBraces('plain words', 0)).toBeNull();
  });

  it('writes TeX commands as their Unicode symbols', () => {
    expect(texToUnicode('$x \\le \\alpha$, $y \\in \\mathbb{R}$, $z^2$', 0)).toBe(
      '$x ≤ α$, $y ∈ ℝ$, $z²$',
    );
    expect(texToUnicode('$x^{n+1}$', 0)).toBeNull();
  });

  it('collapses line breaks and list markers onto one line', () => {
    expect(respace('1. First\n   - then $x$', 3)).toBe('First then $x$');
  });

  it('keeps a dozen chars or more around every elision', () => {
    const quote =
      'We have shown that the sum of the first n odd numbers equals n squared, so the claim holds.';
    for (const pick of picks) {
      const out = elide(quote, pick) ?? '';
      for (const kept of out.split(/\s*(?:\.\.\.|…|\[\.\.\.\])\s*/).filter(Boolean))
        expect(kept.length, out).toBeGreaterThanOrEqual(12);
    }
  });

  it('rewords prose words, never variables inside math', () => {
    const quote = 'Hence the value of $a + a$ is a positive integer, since $a > 0$.';
    for (const pick of picks) {
      const out = paraphrase(quote, pick);
      expect(out, String(pick)).not.toBeNull();
      expect(out?.match(/\$[^$]*\$/g)).toEqual(['$a + a$', '$a > 0$']);
    }
  });

  it('never cuts a quote inside inline math', () => {
    const proof = 'Let $f(x) = x^2 + 1$ for all real $x$, and note that $f(x) \\ge 1$ always.';
    for (let at = 0; at < proof.length; at++) {
      const span = spanNear(proof, at, 25);
      const dollars = proof.slice(span.start, span.end).match(/\$/g)?.length ?? 0;
      expect(dollars % 2, JSON.stringify(proof.slice(span.start, span.end))).toBe(0);
    }
  });
});
