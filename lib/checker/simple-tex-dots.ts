import type { TexNode } from './katex-tree';
import type { SimpleReader } from './simple-tex';
import { KERNS, SIZED, SYMBOLS } from './simple-tex-commands';

/**
 * `\dots` and `\cdots`, which KaTeX reads as macros (amsmath's) that look at the token after
 * them: `\dots` becomes `\cdots` before a binary sign or relation and `\ldots` otherwise,
 * and either takes a thin space before a closing sign or punctuation. The dots come from the
 * macro's own text, located there (`\ldots` at 0 to 6, `\@cdots` at 0 to 7); the space is
 * a kern with no location. Null when the next token is one this does not know (a macro
 * would be expanded first), or a script, which would fall on the dots.
 */
export function readDots(reader: SimpleReader, name: string, end: number): TexNode[] | null {
  const next = nextToken(reader, end);
  if (next === null) return null;
  let centred = name === '\\cdots';
  let spaced = AFTER_DOTS_SPACED.has(next);
  if (name === '\\dots') {
    const symbol = next.length === 1 ? CHAR_CLASSES[next] : SYMBOLS.get(next)?.family;
    centred = symbol === 'bin' || symbol === 'rel';
    // Before a comma, `\dots` is `\dotsc`, which adds no space there.
    if (next === ',') spaced = false;
  }
  reader.at = end;
  const dots: TexNode = centred
    ? { type: 'atom', mode: 'math', family: 'inner', loc: { start: 0, end: 7 }, text: '\\@cdots' }
    : { type: 'atom', mode: 'math', family: 'inner', loc: { start: 0, end: 6 }, text: '\\ldots' };
  const thin = { type: 'kern', mode: 'math', dimension: { ...KERNS.get('\\,') } } as TexNode;
  return spaced ? [dots, thin] : [dots];
}

/** The tokens after which the dots take a thin space (amsmath's \rightdelim@ and \extrap@). */
const AFTER_DOTS_SPACED = new Set(
  ') ] \\rbrack \\} \\rbrace \\rangle \\rceil \\rfloor \\right \\bigr \\Bigr \\biggr \\Biggr ; . ,'.split(
    ' ',
  ),
);

/** The class of each plain sign that makes `\dots` centred (KaTeX's symbol table). */
const CHAR_CLASSES: Readonly<Record<string, string>> = {
  '+': 'bin',
  '-': 'bin',
  '*': 'bin',
  '=': 'rel',
  '<': 'rel',
  '>': 'rel',
  ':': 'rel',
};

/**
 * The text of the token after the dots: a character, "EOF" at the end (of the formula or
 * of an argument, which KaTeX ends with such a token), or a command read here that is no
 * macro (a symbol, `\right`, `\bigr`). Null for anything else, and for a script or prime.
 */
function nextToken(reader: SimpleReader, at: number): string | null {
  if (at >= reader.end) return 'EOF';
  const c = reader.tex[at];
  if (c === '^' || c === '_' || c === "'") return null;
  if (c !== '\\') return c;
  const { name } = reader.commandToken(at);
  return SYMBOLS.has(name) || SIZED.has(name) || name === '\\right' ? name : null;
}
