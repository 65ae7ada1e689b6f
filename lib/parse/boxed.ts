import { parseScoreText } from './score';

export type Boxed = {
  content: string;
  /** Offset of the backslash of `\boxed`. */
  start: number;
};

const BOXED_OPEN = /\\(?:boxed|fbox)\s*\{/g;

/**
 * Where each `{` closes, found in one pass with a stack, so many unclosed boxes cost linear
 * time rather than a scan to the end each. `\{` and `\}` are literal braces, not grouping.
 */
function matchingBraces(text: string): Map<number, number> {
  const closeOf = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') open.push(i);
    else if (c === '}' && open.length) closeOf.set(open.pop() as number, i);
  }
  return closeOf;
}

/**
 * Every `\boxed{…}` in order, braces balanced (so `\boxed{\frac{1}{2}}` yields
 * `\frac{1}{2}`). An unclosed box is skipped rather than swallowing the rest of the text.
 */
export function findBoxed(text: string): Boxed[] {
  const found: Boxed[] = [];
  const re = new RegExp(BOXED_OPEN.source, 'g');
  let closeOf: Map<number, number> | null = null;
  for (let open = re.exec(text); open; open = re.exec(text)) {
    closeOf ??= matchingBraces(text);
    const brace = re.lastIndex - 1;
    const close = closeOf.get(brace);
    if (close === undefined) continue;
    found.push({ content: text.slice(brace + 1, close), start: open.index });
    re.lastIndex = close + 1;
  }
  return found;
}

export function extractBoxed(text: string): string[] {
  return findBoxed(text).map((box) => box.content);
}

/** The number in the last `\boxed{}` (the score ends the text), or null if it is not a number. */
export function lastBoxedScore(text: string): number | null {
  const all = findBoxed(text);
  return all.length ? parseScoreText(all[all.length - 1].content) : null;
}

const SCORE_WORDS = /\b(?:score|rating|grade)\b/i;

/**
 * The last boxed number that the text itself introduces as a score ("…overall score should
 * be: \boxed{0.5}"). For reports that also quote the proof's boxed answers: `\boxed{4}` in a
 * verification log is the problem's answer, not a grade.
 */
export function lastLabelledBoxedScore(text: string): number | null {
  let last: number | null = null;
  for (const box of findBoxed(text)) {
    const before = text.slice(Math.max(0, box.start - 120), box.start);
    const value = parseScoreText(box.content);
    if (value !== null && SCORE_WORDS.test(before)) last = value;
  }
  return last;
}
