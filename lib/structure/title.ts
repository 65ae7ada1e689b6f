import { beforeOpenFormula, truncateTex } from '../math/truncate-tex';

const MAX_TITLE = 80;

/**
 * A label's title for the outline: emphasis dropped, the separator after the label ("–", ":",
 * ".") and wrapping parentheses ("(Equalizing Lemma)") removed, cut to one short line. Its
 * formulas stay formulas (the outline typesets them); one that runs on past the label's line
 * would show as raw TeX, so the title stops before it.
 */
export function cleanTitle(raw: string): string {
  let t = raw
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s.:,;–—-]+/, '')
    .replace(/[\s.:;,]+$/, '')
    .trim();
  if (/^\([^()]*\)$/.test(t)) t = t.slice(1, -1).trim();
  const closed = beforeOpenFormula(t);
  if (closed !== t) t = `${closed.trimEnd()}…`;
  return truncateTex(t, MAX_TITLE);
}
