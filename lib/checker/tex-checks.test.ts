import { describe, expect, it } from 'vitest';
import { FormulaTrees, parseTex } from './katex-tree';
import { mulberry32 } from './prng';
import { PLAIN_TEX, renderFailures } from './tex-checks';

const ALPHABET = 'aZ0 9+-=<>(),.;:|/![]\n\t';

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

const formula = (tex: string, display = false) => ({
  tex,
  display,
  texStart: 0,
  startLine: 1,
  endLine: 1,
  before: '',
  after: '',
});

describe('the TeX check on plain formulas', () => {
  it('is right not to parse them: KaTeX reads every plain string, inline and displayed', () => {
    for (const tex of plainStrings(3000)) {
      expect(PLAIN_TEX.test(tex)).toBe(true);
      for (const display of [false, true]) expect(() => parseTex(tex, display)).not.toThrow();
    }
  });

  it('still parses, and reports, anything with a command, group or script', () => {
    for (const tex of ["x' '", 'x^^2', 'a_1_2', '\\frac{1}{', 'a & b', '\\nosuchcommand'])
      expect(PLAIN_TEX.test(tex)).toBe(false);
    const failures = renderFailures(
      [formula("x' '"), formula('a+b'), formula('\\frac{1}{')],
      new FormulaTrees(),
    );
    expect(failures.map((f) => f.text)).toEqual(["x' '", '\\frac{1}{']);
  });
});
