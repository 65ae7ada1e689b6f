export type InlineMark =
  | { kind: 'text'; text: string }
  | { kind: 'em' | 'strong' | 'code'; text: string };

// `code`, **strong**, __strong__, *em*, _em_: no space just inside the marks, and `_` only
// between words' edges (snake_case stays text), as CommonMark reads them in a title.
const MARKS =
  /`([^`\n]+)`|\*\*(?=\S)([^*\n]*?\S)\*\*|(?<![\p{L}\p{N}])__(?=\S)([^_\n]*?\S)__(?![\p{L}\p{N}])|\*(?=[^\s*])([^*\n]*?[^\s*])\*|(?<![\p{L}\p{N}])_(?=[^\s_])([^_\n]*?[^\s_])_(?![\p{L}\p{N}])/gu;

/**
 * The inline Markdown of a one-line text (a title, a list row): code spans, strong and
 * emphasis, as pieces to render as elements — never as HTML. Everything else is text.
 */
export function inlineMarks(text: string): InlineMark[] {
  const out: InlineMark[] = [];
  let last = 0;
  for (const m of text.matchAll(MARKS)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ kind: 'text', text: text.slice(last, at) });
    if (m[1] !== undefined) out.push({ kind: 'code', text: m[1] });
    else if (m[2] !== undefined || m[3] !== undefined)
      out.push({ kind: 'strong', text: m[2] ?? m[3] });
    else out.push({ kind: 'em', text: m[4] ?? m[5] });
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}
