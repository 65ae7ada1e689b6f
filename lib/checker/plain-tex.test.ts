import { describe, expect, it } from 'vitest';
import { FormulaTrees, parseTex, type TexNode } from './katex-tree';
import { PLAIN_TEX, plainTree } from './plain-tex';
import { mulberry32 } from './prng';
import { renderFailures } from './tex-checks';

const ALPHABET = 'aZq0 9+-=<>(),.;:|/![]\n\t';

/** Seeded strings over the plain alphabet, up to 12 characters: brackets and signs in any order. */
function plainStrings(count: number): string[] {
  const random = mulberry32(16);
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let s = '';
    const length = 1 + Math.floor(random() * 12);
    for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(random() * ALPHABET.length)];
    out.push(s);
  }
  return out;
}

/** A KaTeX tree with each location reduced to its offsets (KaTeX's also names its lexer). */
const located = (nodes: readonly TexNode[]) =>
  nodes.map((n) => ({ ...n, loc: n.loc && { start: n.loc.start, end: n.loc.end } }));

const formula = (tex: string, display = false) => ({
  tex,
  display,
  texStart: 0,
  startLine: 1,
  endLine: 1,
  before: '',
  after: '',
});

describe('plain formulas', () => {
  it('are read by KaTeX into the tree plainTree builds, inline and displayed', () => {
    for (const tex of plainStrings(3000)) {
      expect(PLAIN_TEX.test(tex)).toBe(true);
      for (const display of [false, true])
        expect(plainTree(tex)).toEqual(located(parseTex(tex, display)));
    }
    expect(plainTree('f(x) >= 2.5')).toEqual(located(parseTex('f(x) >= 2.5', false)));
  });

  it('leave out anything with a command, group, script or prime, which KaTeX may reject', () => {
    for (const tex of ["x' '", 'x^^2', 'a_1_2', '\\frac{1}{', 'a & b', '\\nosuchcommand', '{x}'])
      expect(PLAIN_TEX.test(tex)).toBe(false);
    expect(() => parseTex("x' '", false)).toThrow(/Double superscript/);
  });

  it('are not reported by the TeX check, which still reports what KaTeX rejects', () => {
    const failures = renderFailures(
      [formula("x' '"), formula('a+b'), formula('\\frac{1}{'), formula('x > 0', true)],
      new FormulaTrees(),
    );
    expect(failures.map((f) => f.text)).toEqual(["x' '", '\\frac{1}{']);
  });
});
