import { describe, expect, it } from 'vitest';
import { inlineSegments } from './inline-segments';
import { oneLine } from './one-line';

describe('oneLine', () => {
  it('joins the lines, so display math follows the words before it', () => {
    const problem =
      'Let $a_1, a_2$ be reals with\n\n$$\n\\sum_{k=1}^{n} a_k = n^2\n$$\n\nfor all $n$.';
    expect(oneLine(problem)).toBe(
      'Let $a_1, a_2$ be reals with $$ \\sum_{k=1}^{n} a_k = n^2 $$ for all $n$.',
    );
    // What the strip then renders: three formulas inline, between the words.
    expect(inlineSegments(oneLine(problem)).map((s) => s.kind)).toEqual([
      'text',
      'math',
      'text',
      'math',
      'text',
      'math',
      'text',
    ]);
  });

  it('drops heading marks and keeps a link’s or an image’s words only', () => {
    expect(
      oneLine(
        '## Problem 3\nSee [the paper](https://a.example/p.pdf) and ![Figure 1](https://img.example/f.png).',
      ),
    ).toBe('Problem 3 See the paper and Figure 1.');
  });

  it('leaves math that looks like a link alone', () => {
    expect(oneLine('Let $[a,b](x)$ be given; # is not a heading mid-line.')).toBe(
      'Let $[a,b](x)$ be given; # is not a heading mid-line.',
    );
  });
});
