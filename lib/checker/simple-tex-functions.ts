import type { TexNode } from './katex-tree';
import type { SimpleReader } from './simple-tex';
import {
  ACCENTS,
  DELIMITERS,
  FONTS,
  FRACTIONS,
  OPERATORS,
  SIZED,
  STYLES,
  TEXTS,
} from './simple-tex-commands';

/**
 * The functions simple-tex.ts reads without KaTeX, each as KaTeX's function of that name
 * builds it: the node KaTeX's handler returns (most with no location of their own), over
 * arguments read as KaTeX's Parser reads them. `name` is the command at `reader.at`, whose
 * token ends at `end`. Null for any other command, or any argument not read here.
 */
export function readFunction(reader: SimpleReader, name: string, end: number): TexNode | null {
  if (TEXTS.has(name)) return text(reader, name, end);
  const other = otherFunction(reader, name, end);
  if (other !== undefined) return other;
  const fraction = FRACTIONS.get(name);
  const op = OPERATORS.get(name);
  const sized = SIZED.get(name);
  if (!fraction && !op && !sized && !FONTS.has(name) && name !== '\\sqrt' && name !== '\\left')
    return null;
  reader.at = end;
  if (op) return { type: 'op', mode: 'math', ...op, parentIsSupSub: false, name } as TexNode;
  if (fraction) {
    const numer = argument(reader);
    const denom = numer && argument(reader);
    if (!numer || !denom) return null;
    const frac = {
      type: 'genfrac',
      mode: 'math',
      numer,
      denom,
      continued: false,
      hasBarLine: fraction.bar,
      leftDelim: fraction.bar ? null : '(',
      rightDelim: fraction.bar ? null : ')',
      barSize: null,
    } as TexNode;
    return fraction.style
      ? ({ type: 'styling', mode: 'math', style: fraction.style, body: [frac] } as TexNode)
      : frac;
  }
  if (sized) {
    const delim = delimiter(reader);
    return delim === null
      ? null
      : ({ type: 'delimsizing', mode: 'math', ...sized, delim } as TexNode);
  }
  if (name === '\\sqrt') return sqrt(reader);
  if (name === '\\left') return leftRight(reader);
  // A font: KaTeX unwraps an argument of one atom (`\mathbb{R}` is `\mathbb R`).
  const arg = argument(reader);
  if (!arg) return null;
  const body = Array.isArray(arg.body) && arg.body.length === 1 ? (arg.body[0] as TexNode) : arg;
  return { type: 'font', mode: 'math', font: FONTS.get(name), body } as TexNode;
}

/**
 * An argument as KaTeX scans one (its MacroExpander's consumeArg): after any spaces, a braced
 * group or a single token, either way an ordgroup at the group's or token's location, with
 * no `semisimple` field (unlike a braced group read as an atom). Only symbol tokens are read
 * here: a command token would be expanded or take arguments of its own.
 */
function argument(reader: SimpleReader): TexNode | null {
  reader.skipSpaces();
  const start = reader.at;
  if (reader.peek() === '{') {
    const body = reader.braced();
    return body
      ? ({ type: 'ordgroup', mode: 'math', loc: { start, end: reader.at }, body } as TexNode)
      : null;
  }
  const symbol = reader.group(true);
  if (!symbol?.loc || symbol.type === 'ordgroup') return null;
  return { type: 'ordgroup', mode: 'math', loc: symbol.loc, body: [symbol] } as TexNode;
}

/** The delimiter after `\left`, `\right` or `\big`: a symbol KaTeX accepts as one, by its text. */
function delimiter(reader: SimpleReader): string | null {
  const symbol = reader.group(true);
  return symbol?.text !== undefined && DELIMITERS.has(symbol.text) ? symbol.text : null;
}

/**
 * `\sqrt[n]{x}` or `\sqrt x`. Without an index, KaTeX reads the radicand as one group (a
 * braced one keeps its `semisimple` field, a symbol stays bare); with one, as an argument.
 * The index runs to the first `]` outside braces; one starting with `{` is left to KaTeX,
 * which strips braces around a whole argument.
 */
function sqrt(reader: SimpleReader): TexNode | null {
  if (reader.peek() !== '[') {
    const body = reader.group(true);
    return body ? ({ type: 'sqrt', mode: 'math', body, index: null } as TexNode) : null;
  }
  const start = reader.at;
  let close = start + 1;
  for (let depth = 0; close < reader.end; close++) {
    const c = reader.tex[close];
    if (c === '\\') close++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth < 0) return null;
    else if (c === ']' && depth === 0) break;
  }
  if (close >= reader.end || reader.tex[start + 1] === '{') return null;
  const outer = reader.end;
  reader.at = start + 1;
  reader.end = close;
  const indexBody = reader.expression();
  const whole = reader.atEnd();
  reader.end = outer;
  if (!indexBody || !whole) return null;
  reader.at = close + 1;
  const index = { type: 'ordgroup', mode: 'math', loc: { start, end: close + 1 }, body: indexBody };
  const body = argument(reader);
  return body ? ({ type: 'sqrt', mode: 'math', body, index } as TexNode) : null;
}

/** `\left( … \right)`: the delimiters by their text, the atoms between as the body. */
function leftRight(reader: SimpleReader): TexNode | null {
  const left = delimiter(reader);
  if (left === null) return null;
  const body = reader.expression();
  if (!body || !reader.atRight()) return null;
  reader.at = reader.commandToken().end;
  const right = delimiter(reader);
  if (right === null) return null;
  return { type: 'leftright', mode: 'math', body, left, right, rightColor: undefined } as TexNode;
}

/**
 * `\tag{12}` (letters and digits only), which KaTeX reads through macros: `\tag` becomes
 * `\tag@literal{({#1})}`, whose `(`, `{`, `}` and `)` are located in that macro's own
 * text (offsets 13 to 19), and that becomes `\text{…}` around them; the characters inside
 * keep their places in the formula. A script after it would have no base: left to KaTeX.
 */
export function readTag(reader: SimpleReader): TexNode | null {
  reader.at = reader.commandToken().end;
  if (reader.peek() !== '{') return null;
  const chars: TexNode[] = [];
  for (reader.at++; /[A-Za-z0-9]/.test(reader.peek() ?? ''); reader.at++)
    chars.push(textChar(reader.tex[reader.at], reader.at));
  if (reader.peek() !== '}') return null;
  reader.at++;
  reader.skipSpaces();
  const next = reader.peek();
  if (next === '^' || next === '_' || next === "'") return null;
  const inner = {
    type: 'ordgroup',
    mode: 'text',
    loc: { start: 14, end: 18 },
    body: chars,
    semisimple: undefined,
  };
  return {
    type: 'text',
    mode: 'math',
    body: [textChar('(', 13), inner, textChar(')', 18)],
    font: '\\text',
  } as TexNode;
}

const textChar = (text: string, start: number): TexNode => ({
  type: 'textord',
  mode: 'text',
  loc: { start, end: start + 1 },
  text,
});

/**
 * `\text{…}` of letters, digits, spaces, commas and full stops: text-mode symbols, each run
 * of spaces one space node over the run. Anything else in it (a command, `-` or `'`, which
 * KaTeX joins into ligatures) is left to KaTeX.
 */
function text(reader: SimpleReader, name: string, end: number): TexNode | null {
  reader.at = end;
  reader.skipSpaces();
  if (reader.peek() !== '{') return null;
  const body: TexNode[] = [];
  for (reader.at++; reader.peek() !== '}'; ) {
    const start = reader.at;
    const c = reader.peek();
    if (c === ' ') {
      while (reader.peek() === ' ') reader.at++;
      body.push({ type: 'spacing', mode: 'text', loc: { start, end: reader.at }, text: ' ' });
    } else if (c !== undefined && /[A-Za-z0-9,.]/.test(c)) {
      body.push(textChar(c, start));
      reader.at++;
    } else return null;
  }
  reader.at++;
  return { type: 'text', mode: 'math', body, font: name } as TexNode;
}

/**
 * Accents, `\overline`/`\underline`, `\operatorname{…}` and the style switches; undefined
 * for any other name.
 */
function otherFunction(
  reader: SimpleReader,
  name: string,
  end: number,
): TexNode | null | undefined {
  const accent = ACCENTS.get(name);
  const style = STYLES.get(name);
  const line = name === '\\overline' || name === '\\underline';
  if (!accent && !style && !line && name !== '\\operatorname') return undefined;
  reader.at = end;
  if (style) {
    // KaTeX reads the rest of the list (to its `}` or end) into the style's body.
    const body = reader.expression();
    return body ? ({ type: 'styling', mode: 'math', style, body } as TexNode) : null;
  }
  // `\operatorname*` is another function: left to KaTeX.
  if (name === '\\operatorname' && reader.peek() === '*') return null;
  const arg = argument(reader);
  if (!arg) return null;
  if (line) {
    // A literal, as KaTeX's: a sliced name is a string V8 has not internalised, and the
    // `type === '…'` tests all through the checker, compiled for internalised ones, would be
    // thrown away at the first such node (the first `\\overline` of a process).
    const type = name === '\\overline' ? 'overline' : 'underline';
    return { type, mode: 'math', body: arg } as TexNode;
  }
  if (accent) {
    const base = Array.isArray(arg.body) && arg.body.length === 1 ? (arg.body[0] as TexNode) : arg;
    return { type: 'accent', mode: 'math', label: name, ...accent, base } as TexNode;
  }
  return {
    type: 'operatorname',
    mode: 'math',
    body: arg.body,
    alwaysHandleSupSub: false,
    limits: false,
    parentIsSupSub: false,
  } as TexNode;
}
