import { describe, expect, it } from 'vitest';
import { inlineSegments } from './inline-segments';
import { renderTex } from './render-tex';

describe('inlineSegments', () => {
  it('splits text and formulas in every delimiter style', () => {
    expect(inlineSegments('Let \\(x\\), $y$ and \\[z\\] be given')).toEqual([
      { kind: 'text', text: 'Let ' },
      { kind: 'math', tex: 'x' },
      { kind: 'text', text: ', ' },
      { kind: 'math', tex: 'y' },
      { kind: 'text', text: ' and ' },
      { kind: 'math', tex: 'z' },
      { kind: 'text', text: ' be given' },
    ]);
  });

  it('makes display environments inline ones', () => {
    const [segment] = inlineSegments('\\begin{align*} a &= b \\\\ c &= d \\end{align*}');
    expect(segment).toMatchObject({ kind: 'math' });
    expect(segment.kind === 'math' && 'html' in renderTex(segment.tex, false)).toBe(true);
  });

  it('drops text markup, keeps escaped characters and marks strays', () => {
    expect(inlineSegments('\\textbf{Claim \\(n\\)} costs \\$5 \\(')).toEqual([
      { kind: 'text', text: 'Claim ' },
      { kind: 'math', tex: 'n' },
      { kind: 'text', text: ' costs $5 ' },
      { kind: 'stray', source: '\\(' },
    ]);
  });
});
