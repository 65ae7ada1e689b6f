import type { TexNode } from './katex-tree';

/**
 * Letters, digits, spaces and plain signs only ("x", "f(x)", "2k+1", "a<b"): TeX that KaTeX
 * always reads, having no command, group, script, `&`, `#`, `%`, `~` or `$` it could reject.
 * Not primes: `x' '` is a double superscript. plain-tex.test.ts holds KaTeX to both claims.
 */
export const PLAIN_TEX = /^[A-Za-z0-9 +\-=<>(),.;:|/![\]\n\t]*$/;

/** KaTeX's class for each plain sign (letters are `mathord`, digits `textord`). */
export const SIGN_NODES: Readonly<Record<string, { type: string; family?: string }>> = {
  '+': { type: 'atom', family: 'bin' },
  '-': { type: 'atom', family: 'bin' },
  '=': { type: 'atom', family: 'rel' },
  '<': { type: 'atom', family: 'rel' },
  '>': { type: 'atom', family: 'rel' },
  ':': { type: 'atom', family: 'rel' },
  '(': { type: 'atom', family: 'open' },
  '[': { type: 'atom', family: 'open' },
  ')': { type: 'atom', family: 'close' },
  ']': { type: 'atom', family: 'close' },
  '!': { type: 'atom', family: 'close' },
  ',': { type: 'atom', family: 'punct' },
  ';': { type: 'atom', family: 'punct' },
  '.': { type: 'textord' },
  '|': { type: 'textord' },
  '/': { type: 'textord' },
};

const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

/**
 * The tree KaTeX builds for a plain formula (PLAIN_TEX), without running KaTeX: one node per
 * character, spaces dropped, each located at its character. A third of a proof's formulas
 * are plain ("x > 0", "a+b=c"), and KaTeX's parser costs microseconds even on those.
 */
export function plainTree(tex: string): TexNode[] {
  const out: TexNode[] = [];
  for (let i = 0; i < tex.length; i++) {
    const c = tex[i];
    if (c === ' ' || c === '\n' || c === '\t') continue;
    const loc = { start: i, end: i + 1 };
    if (isLetter(c)) out.push({ type: 'mathord', mode: 'math', loc, text: c });
    else if (c >= '0' && c <= '9') out.push({ type: 'textord', mode: 'math', loc, text: c });
    else {
      const { type, family } = SIGN_NODES[c];
      out.push(
        family
          ? { type, mode: 'math', family, loc, text: c }
          : { type, mode: 'math', loc, text: c },
      );
    }
  }
  return out;
}
