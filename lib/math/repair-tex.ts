import { matchBrace } from './tex-scan';

/** Environments with rows, where a lone `\` before a line break is a lost `\\`. */
const ROW_ENVIRONMENT =
  /\\begin\{(?:cases|dcases|aligned|align\*?|alignat\*?|gather\*?|gathered|array|[pbvBV]?matrix|split|eqnarray\*?|multline\*?)\}/;
const LOST_ROW_BREAK = /(^|[^\\])((?:\\\\)*)\\\n/g;
/** Environments KaTeX lacks, mapped to the closest one it has. */
const RENAMED_ENVIRONMENTS: ReadonlyArray<[RegExp, string]> = [
  [/\\(begin|end)\{multline(\*?)\}/g, '\\$1{gather$2}'],
  [/\\(begin|end)\{eqnarray(\*?)\}/g, '\\$1{align$2}'],
];
/** A blank line between two rows, with what precedes and follows it. */
const BLANK_BETWEEN_ROWS = /(\S)[ \t]*\n(?:[ \t]*\n)+[ \t]*(?=(\S+))/g;
const TEXT_GROUP = /\\(?:text|mbox|textrm|textit|textbf|textnormal)\s*\{/g;
/** Any text-mode group, where `\(…\)` is math nested in text. */
const ANY_TEXT_GROUP =
  /\\(?:text|textrm|textit|textbf|textsf|texttt|textup|textsl|textsc|textnormal|mbox|hbox|fbox|emph|tag)\s*\{/g;
/** `\(` or `\)` not escaped by a backslash before it. */
const PAREN_SHIFT = /(^|[^\\])((?:\\\\)*)\\[()]/g;

/**
 * Repairs that make valid LaTeX acceptable to KaTeX without changing what it means: labels
 * dropped, `multline`/`eqnarray` mapped, `\ensuremath` inside `\text{}` made `$…$`, and a row
 * break that lost one of its two backslashes (`\` + newline, seen in Putnam statements)
 * restored inside row environments, as is one that became a blank line (seen in converted
 * solutions; TeX itself rejects a blank line in math), and math nested in text written
 * `\(k\)` made `$k$`, which KaTeX reads in text mode. Anything genuinely broken is left for
 * KaTeX to reject.
 */
export function repairTex(tex: string): string {
  let out = tex;
  if (out.includes('\\label')) out = out.replace(/\\label\{[^{}]*\}/g, '');
  // Most formulas have no environment to rename: a substring test spares the regex.
  if (out.includes('multline') || out.includes('eqnarray'))
    for (const [pattern, replacement] of RENAMED_ENVIRONMENTS)
      out = out.replace(pattern, replacement);
  if (ROW_ENVIRONMENT.test(out)) {
    out = out.replace(LOST_ROW_BREAK, '$1$2\\\\\n');
    if (/\n[ \t]*\n/.test(out)) out = out.replace(BLANK_BETWEEN_ROWS, rowBreakForBlankLine);
  }
  if (out.includes('\\ensuremath')) out = ensureMathInText(out);
  if (out.includes('\\(')) out = dollarsForParensInText(out);
  return out;
}

function rowBreakForBlankLine(
  _match: string,
  before: string,
  after: string,
  offset: number,
  tex: string,
): string {
  const head = tex.slice(Math.max(0, offset - 40), offset + 1);
  const rowEndsAlready =
    /(?:^|[^\\])(?:\\\\)+$/.test(head) || /\\begin\{[^{}]*\}(?:\{[^{}]*\})?$/.test(head);
  if (rowEndsAlready || after.startsWith('\\end{')) return `${before}\n`;
  return `${before}\\\\\n`;
}

/** Inside a text group `\ensuremath{x}` must switch to math: `$x$`. Elsewhere the macro suffices. */
function ensureMathInText(tex: string): string {
  let out = '';
  let copied = 0;
  TEXT_GROUP.lastIndex = 0;
  for (let m = TEXT_GROUP.exec(tex); m; m = TEXT_GROUP.exec(tex)) {
    const open = m.index + m[0].length - 1;
    const close = matchBrace(tex, open);
    if (close === -1) break;
    out += tex.slice(copied, open) + dollarEnsureMath(tex.slice(open, close));
    copied = close;
    TEXT_GROUP.lastIndex = close;
  }
  return out + tex.slice(copied);
}

function dollarEnsureMath(group: string): string {
  let out = '';
  let at = 0;
  for (
    let cmd = group.indexOf('\\ensuremath{');
    cmd !== -1;
    cmd = group.indexOf('\\ensuremath{', at)
  ) {
    const open = cmd + '\\ensuremath'.length;
    const close = matchBrace(group, open);
    if (close === -1) break;
    out += `${group.slice(at, cmd)}$${group.slice(open + 1, close - 1)}$`;
    at = close;
  }
  return out + group.slice(at);
}

/** Inside text groups, `\(k\)` becomes `$k$`: the same math shift, in the form KaTeX knows. */
function dollarsForParensInText(tex: string): string {
  let out = '';
  let copied = 0;
  ANY_TEXT_GROUP.lastIndex = 0;
  for (let m = ANY_TEXT_GROUP.exec(tex); m; m = ANY_TEXT_GROUP.exec(tex)) {
    const open = m.index + m[0].length - 1;
    const close = matchBrace(tex, open);
    if (close === -1) break;
    out += tex.slice(copied, open) + tex.slice(open, close).replace(PAREN_SHIFT, '$1$2$$');
    copied = close;
    ANY_TEXT_GROUP.lastIndex = close;
  }
  return out + tex.slice(copied);
}
