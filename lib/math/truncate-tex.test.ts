import { describe, expect, it } from 'vitest';
import { inlineSegments } from './inline-segments';
import { truncateTex } from './truncate-tex';

const noStray = (text: string) => inlineSegments(text).every((s) => s.kind !== 'stray');

describe('truncateTex', () => {
  it('leaves short text alone', () => {
    expect(truncateTex('Let $x > 0$.', 40)).toBe('Let $x > 0$.');
  });

  it('ends before a formula it would cut open', () => {
    const text = 'Find all f such that, for all x, y, we have \\[ f(2x)+2f(y)=f(f(x+y)). \\]';
    const short = truncateTex(text, 60);
    expect(short).toBe('Find all f such that, for all x, y, we have…');
    expect(noStray(short)).toBe(true);
    expect(truncateTex('Let \\(a_1, a_2, \\dots, a_n\\) be reals', 12)).toBe('Let…');
    expect(truncateTex('Let $a_1 + a_2 + a_3$ be reals', 12)).toBe('Let…');
  });

  it('keeps formulas that end before the cut', () => {
    const short = truncateTex('Let $x$ and \\(y\\) be positive reals with a long tail', 30);
    expect(short.startsWith('Let $x$ and \\(y\\) be')).toBe(true);
    expect(short.length).toBeLessThanOrEqual(30);
  });
});
