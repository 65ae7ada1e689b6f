import type { TexNode } from './katex-tree';
import type { SimpleReader } from './simple-tex';

/**
 * `\pmod` and `\boxed`, two of KaTeX's macros, as the trees their expansions give: the parts
 * that come from a macro's own text are located in that text (the same offsets wherever the
 * macro is written), and the argument's atoms keep their places in the formula. The offsets
 * and node shapes are KaTeX's; simple-tex.test.ts compares each with KaTeX's own tree.
 */

/**
 * `\pmod{n}`: `\pod{{\rm mod}\mkern6mu#1}`, which spreads into the list it stands in: a
 * break, a space by style, `(`, "mod", a kern, the argument's atoms, `)`. Null when a script
 * or prime follows (it would fall on the `)`), or the argument holds dots (which would see
 * that `)` after them) or a style switch (which would take it into its body).
 */
export function readPmod(reader: SimpleReader, end: number): TexNode[] | null {
  reader.at = end;
  reader.skipSpaces();
  const start = reader.at;
  const body = macroArgument(reader);
  if (!body || /dots|style/.test(reader.tex.slice(start, reader.at))) return null;
  if (/^\s*['^_]/.test(reader.tex.slice(reader.at, reader.end))) return null;
  const kern = (number: number) => ({
    type: 'kern',
    mode: 'math',
    dimension: { number, unit: 'mu' },
  });
  const letter = (text: string, at: number) => ({
    type: 'mathord',
    mode: 'math',
    loc: { start: at, end: at + 1 },
    text,
  });
  return [
    { type: 'spacing', mode: 'math', loc: { start: 0, end: 11 }, text: '\\allowbreak' },
    {
      type: 'mathchoice',
      mode: 'math',
      display: [kern(18)],
      text: [kern(8)],
      script: [kern(8)],
      scriptscript: [kern(8)],
    },
    { type: 'atom', mode: 'math', family: 'open', loc: { start: 67, end: 68 }, text: '(' },
    {
      type: 'ordgroup',
      mode: 'math',
      loc: { start: 5, end: 14 },
      body: [
        {
          type: 'font',
          mode: 'math',
          font: 'mathrm',
          body: {
            type: 'ordgroup',
            mode: 'math',
            body: [letter('m', 10), letter('o', 11), letter('d', 12)],
          },
        },
      ],
      semisimple: undefined,
    },
    kern(6),
    ...body,
    { type: 'atom', mode: 'math', family: 'close', loc: { start: 70, end: 71 }, text: ')' },
  ] as TexNode[];
}

/**
 * `\boxed{x}`: `\fbox{$\displaystyle{#1}$}`, a box around a text-mode group (located in the
 * macro's text) holding display-style math, whose group `{#1}` holds the argument's atoms.
 */
export function readBoxed(reader: SimpleReader, end: number): TexNode | null {
  reader.at = end;
  reader.skipSpaces();
  const body = macroArgument(reader);
  if (!body) return null;
  const math = {
    type: 'ordgroup',
    mode: 'math',
    loc: { start: 20, end: 24 },
    body,
    semisimple: undefined,
  };
  const display = { type: 'styling', mode: 'math', style: 'display', body: [math] };
  const inline = { type: 'styling', mode: 'text', style: 'text', resetFont: true, body: [display] };
  const group = { type: 'ordgroup', mode: 'text', loc: { start: 5, end: 26 }, body: [inline] };
  return {
    type: 'enclose',
    mode: 'math',
    label: '\\fbox',
    body: { type: 'styling', mode: 'text', style: 'text', resetFont: true, body: [group] },
  } as TexNode;
}

/**
 * A macro's argument (after any spaces): the atoms of a braced group, or one symbol; its
 * tokens are read where the expansion puts them, in the list around or inside a group.
 */
function macroArgument(reader: SimpleReader): TexNode[] | null {
  if (reader.peek() === '{') return reader.braced();
  const symbol = reader.group(true);
  return symbol && symbol.type !== 'ordgroup' ? [symbol] : null;
}
