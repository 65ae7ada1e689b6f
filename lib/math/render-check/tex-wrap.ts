/** TeX tokens: a control word (with its star), a control symbol, a space run, one character. */
const TOKEN = /\\[a-zA-Z]+\*?|\\[^a-zA-Z]|\s+|[^\\\s]/g;
/** Commands whose argument must follow without a line break for KaTeX (delimiter sizes). */
const GLUED_TO_NEXT = /^\\(?:left|right|[bB]igg?[lr]?|middle)$/;

/**
 * Offsets in `tex` where a line break with indentation may go without changing the formula's
 * meaning: between two tokens, never inside a command, never right after a delimiter-size
 * command, never inside a word, never before an optional argument `[` or a prime.
 */
export function tokenBoundaries(tex: string): number[] {
  const tokens = [...tex.matchAll(TOKEN)];
  const offsets: number[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const prev = tokens[k - 1][0];
    const next = tokens[k][0];
    if (/^\s/.test(prev) || /^\s/.test(next)) continue;
    // Never inside a word or number: in `\text{for}` a break would read "f or".
    if (/^[a-zA-Z0-9]$/.test(prev) && /^[a-zA-Z0-9]$/.test(next)) continue;
    if (GLUED_TO_NEXT.test(prev) || next === '[' || next === "'") continue;
    offsets.push(tokens[k].index ?? 0);
  }
  return offsets;
}

export interface Wrap {
  /** Picks the boundary (modulo the number of boundaries). */
  at: number;
  /** Spaces that indent the continuation line (0–16). */
  indent: number;
}

/**
 * `tex` with a line break at each chosen token boundary and the continuation line indented by
 * the wrap's own spaces: `tex` is the formula a reader should get, `source` the same with the
 * container's line prefix (e.g. `> `) after each break, as it stands in the document.
 */
export function wrapTex(
  tex: string,
  wraps: readonly Wrap[],
  prefix = '',
): { tex: string; source: string } {
  const boundaries = tokenBoundaries(tex);
  if (boundaries.length === 0 || wraps.length === 0) return { tex, source: tex };
  const cuts = new Map<number, number>();
  for (const wrap of wraps) cuts.set(boundaries[wrap.at % boundaries.length], wrap.indent);
  let out = '';
  let source = '';
  let from = 0;
  for (const at of [...cuts.keys()].sort((a, b) => a - b)) {
    const indent = ' '.repeat(cuts.get(at) ?? 0);
    out += `${tex.slice(from, at)}\n${indent}`;
    source += `${tex.slice(from, at)}\n${prefix}${indent}`;
    from = at;
  }
  return { tex: out + tex.slice(from), source: source + tex.slice(from) };
}
