const MAX_TITLE = 80;

/**
 * A label's title for the outline: math delimiters and emphasis dropped, the separator after
 * the label ("–", ":", ".") and wrapping parentheses ("(Equalizing Lemma)") removed, cut to
 * one short line.
 */
export function cleanTitle(raw: string): string {
  let t = raw
    .replace(/\\\(|\\\)|\\\[|\\\]|\$/g, '')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s.:,;–—-]+/, '')
    .replace(/[\s.:;,]+$/, '')
    .trim();
  if (/^\([^()]*\)$/.test(t)) t = t.slice(1, -1).trim();
  return t.length > MAX_TITLE ? `${t.slice(0, MAX_TITLE - 1).trimEnd()}…` : t;
}
