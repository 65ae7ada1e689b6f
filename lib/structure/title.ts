import { tokenize } from '../math/tokenize';
import type { StrayToken } from '../math/tokens';
import { truncateTex } from '../math/truncate-tex';

const MAX_TITLE = 80;
/** `$` not escaped as `\$`. */
const DOLLAR = /(?<!\\)\$/g;

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
  return truncateTex(withoutOpenFormula(t), MAX_TITLE);
}

function withoutOpenFormula(t: string): string {
  let cut = t;
  const open = tokenize(cut).find((x): x is StrayToken => x.kind === 'stray' && x.atEnd);
  if (open) cut = cut.slice(0, cut.lastIndexOf(open.value));
  const dollars = [...cut.matchAll(DOLLAR)];
  if (dollars.length % 2 === 1) cut = cut.slice(0, dollars[dollars.length - 1].index);
  return cut === t ? t : `${cut.trimEnd()}…`;
}
