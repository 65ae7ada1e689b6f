/**
 * A plain word of three letters or more with a lowercase letter reads as prose; `ABC` is a
 * triangle and `\sin` a command. Arguments of commands (`\text{and}`, `\operatorname{gcd}`)
 * are removed before looking.
 */
const PROSE_WORD = /(?:^|[^\\a-zA-Z])(?=[A-Z]*[a-z])[a-zA-Z]{3,}\b/;
const COMMAND_ARGUMENT = /\\[a-zA-Z]+\*?\s*\{[^{}]*\}/g;

/**
 * Decides whether `$content$` is a formula or two dollar signs of prose, following Pandoc's
 * rule (no space inside the delimiters, no digit right after the closing one) and relaxing it
 * for `$ BI $`: inner spaces are accepted unless the content looks like money or prose.
 * `$5 and $10` stays text.
 */
export function isDollarMath(content: string, charAfterClose: string | undefined): boolean {
  if (content.trim() === '') return false;
  if (charAfterClose !== undefined && charAfterClose >= '0' && charAfterClose <= '9') return false;
  const tight = !/^\s/.test(content) && !/\s$/.test(content);
  if (tight) return true;
  // `$ 5 and $` is money; `$, yes, $` is the gap between two formulas.
  if (/^\s*[\d,.;:!?)]/.test(content) || /[,;:(]\s*$/.test(content)) return false;
  return !PROSE_WORD.test(content.replace(COMMAND_ARGUMENT, ' '));
}
