import { describe, expect, it } from 'vitest';
import { normalizeTex } from '../../lib/math/normalize-tex';
import { tokenize } from '../../lib/math/tokenize';
import { insertMarkers, MARKER_LENGTH, markerEnds, markerSource, markerText } from './markers';
import { standInProof } from './standin';

const PROOF = `### 1.  Estimating the sum

Let \\(P(x,y)\\) denote the statement that for every integer \\(y \\ge 1\\) we have a bound, and therefore

\\[
f(2x) + 2f(1) = f\\bigl(f(x + 1)\\bigr) \\tag{1}
\\]

- First item of a list with enough words to carry a marker somewhere inside it.
- Second item, also long enough to carry one marker somewhere in its words.

Simplify:

$$a + b = c \\quad\\text{for all } a, b$$

**Case analysis.** We have \\(g(t) = t^2\\) so \\(g\\) is monotone and the bound follows from (1).`;

describe('insertMarkers', () => {
  it('writes numbered markers into prose, never into math, and keeps every line start', () => {
    const marked = insertMarkers(PROOF, 40);
    const ends = markerEnds(marked);
    expect(ends.length).toBeGreaterThan(4);
    ends.forEach((end, i) => {
      expect(marked.slice(end - MARKER_LENGTH, end)).toBe(markerSource(i));
    });
    // The formulas themselves (where they stand moves by the markers' length).
    const math = (s: string) =>
      tokenize(s)
        .filter((t) => t.kind === 'math')
        .map(({ start: _start, end: _end, ...t }) => t);
    expect(math(marked)).toEqual(math(PROOF));
    for (const t of math(marked)) expect(t.kind === 'math' && t.tex).not.toMatch(/qz\d/);
    // Removing the markers gives the proof back, and no line starts differently.
    expect(marked.replace(/`qz\d{5}` /g, '')).toBe(PROOF);
    const starts = (s: string) =>
      s.split('\n').map((l) => l.replace(/^`qz\d{5}` /, '').match(/^[#\-\s\\$*]*/)?.[0]);
    expect(starts(marked)).toEqual(starts(PROOF));
    // What the preview renders still holds every marker, whole, as inline code.
    const rendered = normalizeTex(marked);
    ends.forEach((_, i) => {
      expect(rendered).toContain(markerSource(i));
    });
    expect(markerText(7)).toBe('qz00007');
  });

  it('spaces markers at least `spacing` characters apart', () => {
    const ends = markerEnds(insertMarkers(standInProof(20_000), 64));
    expect(ends.length).toBeGreaterThan(100);
    for (let i = 1; i < ends.length; i++) expect(ends[i] - ends[i - 1]).toBeGreaterThanOrEqual(64);
  });

  it('refuses a text that already holds marker-like words', () => {
    expect(() => insertMarkers('a proof that mentions qz12345 already')).toThrow(/marker-like/);
  });
});

describe('markerEnds', () => {
  it('finds where each marker ends, and refuses markers out of order', () => {
    expect(markerEnds('ab `qz00000` cd `qz00001`')).toEqual([12, 25]);
    expect(() => markerEnds('`qz00001` `qz00000`')).toThrow(/out of order/);
  });
});
