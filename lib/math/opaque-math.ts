/**
 * A formula as one token Markdown cannot split, parse or escape: an opening mark, the TeX with
 * every ASCII character moved to the private-use block U+E000–U+E07F (so `*`, `_`, `|`, `\`,
 * `` ` ``, `$`, `#`, line breaks… mean nothing to Markdown and the token is as long as the
 * TeX), and a closing mark. To Markdown the token is a word: emphasis, links, table cells,
 * headings and list items hold it like any other text. `remarkOpaqueMath` turns it back into
 * the formula.
 */
export const OPEN_INLINE = '\uE080';
export const OPEN_DISPLAY = '\uE081';
export const CLOSE = '\uE082';
const BASE = 0xe000;
/** The block the encoding uses; such characters in a source are shown as U+FFFD. */
const RESERVED = /[\uE000-\uE0FF]/;
const RESERVED_ALL = /[\uE000-\uE0FF]/g;

export function encodeFormula(tex: string, display: boolean): string {
  let body = '';
  for (let i = 0; i < tex.length; i++) {
    const code = tex.charCodeAt(i);
    if (code < 0x80) body += String.fromCharCode(BASE + code);
    else if (code >= BASE && code <= BASE + 0xff) body += '\uFFFD';
    else body += tex[i];
  }
  return (display ? OPEN_DISPLAY : OPEN_INLINE) + body + CLOSE;
}

/** Prose with the encoding's characters replaced, so no source text can pose as a formula. */
export function withoutReserved(text: string): string {
  return RESERVED.test(text) ? text.replace(RESERVED_ALL, '\uFFFD') : text;
}

export type OpaquePart = string | { tex: string; display: boolean };

const TOKEN = /([\uE080\uE081])([^\uE080-\uE082]*)\uE082/g;

function decode(body: string): string {
  let tex = '';
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    tex += code >= BASE && code < BASE + 0x80 ? String.fromCharCode(code - BASE) : body[i];
  }
  return tex;
}

/** `value` split into its text and the formulas encoded in it, in order; empty text dropped. */
export function splitOpaque(value: string): OpaquePart[] {
  const parts: OpaquePart[] = [];
  let from = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(value); m; m = TOKEN.exec(value)) {
    if (m.index > from) parts.push(value.slice(from, m.index));
    parts.push({ tex: decode(m[2]), display: m[1] === OPEN_DISPLAY });
    from = m.index + m[0].length;
  }
  if (from < value.length) parts.push(value.slice(from));
  return parts;
}

/** Whether `value` holds an encoded formula. */
export function hasOpaque(value: string): boolean {
  return value.includes(OPEN_INLINE) || value.includes(OPEN_DISPLAY);
}

/** `value` with each formula written back as `$…$` / `$$…$$` (for code, URLs, alt text). */
export function restoreSource(value: string): string {
  return splitOpaque(value)
    .map((p) => (typeof p === 'string' ? p : p.display ? `$$${p.tex}$$` : `$${p.tex}$`))
    .join('');
}
