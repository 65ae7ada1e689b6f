import { tokenize } from './tokenize';
import type { StrayToken } from './tokens';

/** `$` not escaped as `\$`: an odd count means a `$…$` formula was cut open. */
const DOLLAR = /(?<!\\)\$/g;

/**
 * Shortens text with formulas to at most `max` characters (ellipsis included) without
 * cutting a formula in half: a cut formula would show as raw LaTeX (`\[ f(x…`), so the text
 * ends before it instead. For titles, list rows and previews of longer text.
 */
export function truncateTex(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${beforeOpenFormula(text.slice(0, max - 1)).trimEnd()}…`;
}

/** `text` up to the formula it leaves open at its end, if any (the whole text otherwise). */
export function beforeOpenFormula(text: string): string {
  let cut = text;
  for (let tries = 0; tries < 8; tries++) {
    const open = tokenize(cut).find((t): t is StrayToken => t.kind === 'stray' && t.atEnd);
    if (!open) break;
    cut = cut.slice(0, cut.lastIndexOf(open.value));
  }
  const dollars = [...cut.matchAll(DOLLAR)];
  if (dollars.length % 2 === 1) cut = cut.slice(0, dollars[dollars.length - 1].index);
  return cut;
}
