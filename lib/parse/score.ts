/**
 * Reading a score out of what a model wrote inside `\boxed{…}` or after "score:".
 * Models write 0.5 as `0.5`, `\frac{1}{2}`, `\dfrac12`, `1/2`, `\text{0.5}` or `½`.
 */

const WRAPPERS = /\\(?:text|textbf|mathbf|mathrm|mbox|displaystyle|textstyle)\s*/g;
const SPACING = /\\[,;:! ]|\\quad|\\qquad|~|\s+/g;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const TEX_FRACTION = /^\\[dt]?frac\{?(\d+)\}?\{?(\d+)\}?$/;
const SLASH_FRACTION = /^(\d+)\/(\d+)$/;

/** The number a boxed/score text stands for, or null when it is not a plain number. */
export function parseScoreText(raw: string): number | null {
  let s = raw.replace(WRAPPERS, '').replace(SPACING, '').replace(/\$/g, '');
  // Drop braces that only group (`{0.5}`), but not the ones a \frac needs.
  while (/^\{[^{}]*\}$/.test(s)) s = s.slice(1, -1);
  if (!s.startsWith('\\')) s = s.replace(/[{}]/g, '');
  s = s.replace(/\.$/, '');
  if (s === '½') return 0.5;
  if (NUMBER.test(s)) return Number(s);
  if (/^\d+,\d+$/.test(s)) return Number(s.replace(',', '.')); // "0,5"
  const fraction = TEX_FRACTION.exec(s) ?? SLASH_FRACTION.exec(s);
  if (fraction) {
    const denominator = Number(fraction[2]);
    return denominator === 0 ? null : Number(fraction[1]) / denominator;
  }
  return null;
}

/**
 * Our rubric (and DeepSeekMath-V2's) scores 0, 0.5 or 1. A value outside [0, 1] is not a
 * score at all (usually the problem's answer, boxed), so it becomes null; values inside
 * (0.75 from a lenient verifier) are kept as the verifier wrote them.
 */
export function toRubricScore(value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  return value >= 0 && value <= 1 ? value : null;
}

const SCORE_PHRASE =
  /\b(?:score|rating|grade)\b[^\n\d\\]{0,40}?((?:\\[dt]?frac\{?\d+\}?\{?\d+\}?)|\d+(?:\.\d+)?(?:\/\d+)?)/gi;

/** The last "score: x" / "final score is x" in a text, for reports without a boxed score. */
export function scoreFromPhrase(text: string): number | null {
  let last: number | null = null;
  for (const match of text.matchAll(SCORE_PHRASE)) {
    const value = parseScoreText(match[1]);
    if (value !== null) last = value;
  }
  return last;
}
