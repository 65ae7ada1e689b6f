import { describe, expect, it } from 'vitest';
import { runChecker } from './index';
import { writtenText } from './placed-relation';

/** The span from the first occurrence of `from` to the end of `tex`, as KaTeX would place it. */
const from = (tex: string, at: string) => ({ start: tex.indexOf(at), end: tex.length });

describe('a relation shown as written', () => {
  it('takes in the command whose braces KaTeX placed the relation inside', () => {
    const pos = String.raw`\operatorname{pos}_\sigma(i)>\operatorname{pos}_\sigma(j)`;
    expect(writtenText(pos, from(pos, 'pos'))).toBe(pos);
    const mean = String.raw`\mathbb{E}[X] = 6\cdot\frac{A}{816}`;
    expect(writtenText(mean, from(mean, 'E}'))).toBe(mean);
  });

  it('closes a brace the span left open, and keeps escaped braces as they are', () => {
    const mod = String.raw`x^n - 1 = 0 \pmod{p^g}`;
    expect(writtenText(mod, { start: 0, end: mod.length - 1 })).toBe(mod);
    const set = String.raw`S = \{1, 2\}`;
    expect(writtenText(set, from(set, 'S'))).toBe(set);
  });

  it('keeps the integral sign before its bounds', () => {
    const tex = String.raw`\int_{0}^{1} x\,dx = \frac{1}{2}`;
    expect(writtenText(tex, from(tex, '{0}'))).toBe(tex);
  });

  it('drops a row break with its spacing', () => {
    const tex = String.raw`a + b \\[2mm] = c`;
    expect(writtenText(tex, { start: 0, end: tex.length })).toBe('a + b = c');
  });

  it('lists the relations of a proof with their commands', () => {
    const proof = String.raw`Let $\operatorname{pos}_\sigma(i) > \operatorname{pos}_\sigma(j)$ for these $i<j$. Then $\mathbb{E}[X] = 6$.`;
    const texts = runChecker(proof).relations.map((r) => r.text);
    expect(texts).toContain(
      String.raw`\operatorname{pos}_\sigma(i) > \operatorname{pos}_\sigma(j)`,
    );
    expect(texts).toContain(String.raw`\mathbb{E}[X] = 6`);
    for (const t of texts) expect(t).not.toMatch(/^[a-zA-Z]+\}/);
  });
});
