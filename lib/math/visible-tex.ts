/**
 * TeX a reader should never see as plain text: a math delimiter (`\(`, `\]`, `$$`, a `$`
 * opening or closing a formula) or a backslash command (`\frac`). Currency (`$5`, `5$`,
 * `$ 10`) is prose and does not count; code spans are never passed in.
 */
const VISIBLE_TEX = /\\(?:[()[\]]|[a-zA-Z]+)|\$\$|\$(?=[^\s\d.,$])|(?<=[^\s\d$])\$(?!\s*\d)/;

/** The first piece of visible TeX in `text`, with some context, or null. */
export function visibleTex(text: string): string | null {
  const m = VISIBLE_TEX.exec(text);
  if (!m) return null;
  return text.slice(Math.max(0, m.index - 40), m.index + 60);
}
