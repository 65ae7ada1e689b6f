import { lineStartsOf, linesOfSpan } from '@/lib/findings/anchor/lines';
import type { LineRange } from '@/lib/schemas/findings';

/** A stretch of a proof: UTF-16 offsets [start, end) and the 1-based lines it covers. */
export type Truth = { start: number; end: number; lines: LineRange };

/** How far a span boundary may move to reach whitespace before it snaps to a token instead. */
const MAX_WORD_REACH = 40;

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

/**
 * Moves a boundary off the inside of a LaTeX control word or symbol (`\fr|ac`, `\|(`) and
 * off the middle of a surrogate pair: even a careless verifier quotes whole tokens.
 */
export function snapToToken(text: string, at: number): number {
  let i = at;
  if (i > 0 && i < text.length && /[\udc00-\udfff]/.test(text[i])) i--;
  const escaped = (k: number) => {
    let n = 0;
    while (k - n > 0 && text[k - n - 1] === '\\') n++;
    return n % 2 === 1;
  };
  if (escaped(i)) return i - 1;
  let j = i;
  while (j > 0 && /[a-zA-Z]/.test(text[j - 1])) j--;
  if (escaped(j) && (j < i || /[a-zA-Z.]/.test(text[i] ?? ''))) return j - 1;
  return i;
}

/** Verifiers quote from the start of a word to the end of one; long formulas by token. */
function wordBoundary(text: string, at: number, forward: boolean): number {
  let i = at;
  for (let reach = 0; reach < MAX_WORD_REACH; reach++) {
    if (forward ? i >= text.length || isSpace(text[i]) : i <= 0 || isSpace(text[i - 1])) return i;
    i += forward ? 1 : -1;
  }
  return snapToToken(text, at);
}

/** Offsets of the single (inline) `$` signs on the line around `at`, unescaped. */
function inlineDollars(proof: string, at: number): number[] {
  const from = proof.lastIndexOf('\n', at - 1) + 1;
  const to = proof.indexOf('\n', at) < 0 ? proof.length : proof.indexOf('\n', at);
  const found: number[] = [];
  for (let i = from; i < to; i++) {
    if (proof[i] !== '$' || proof[i - 1] === '\\') continue;
    if (proof[i + 1] === '$') i++;
    else found.push(i);
  }
  return found;
}

/**
 * A boundary inside `$…$` moves out to its `$`: a verifier copies a formula whole or
 * quotes prose around it, and half a formula would pair the wrong signs when rewritten.
 */
function outsideInlineMath(proof: string, at: number, forward: boolean): number {
  const dollars = inlineDollars(proof, at);
  const before = dollars.filter((d) => d < at).length;
  if (before % 2 === 0) return at;
  return forward ? (dollars[before] ?? at - 1) + 1 : dollars[before - 1];
}

/** The span of about `length` chars starting near `at`, on word boundaries, trimmed. */
export function spanNear(proof: string, at: number, length: number): Truth {
  let start = wordBoundary(proof, Math.min(at, Math.max(0, proof.length - length)), false);
  start = outsideInlineMath(proof, start, false);
  while (start < proof.length && isSpace(proof[start])) start++;
  let end = wordBoundary(proof, Math.min(proof.length, start + length), true);
  end = Math.max(start, outsideInlineMath(proof, end, true));
  while (end > start && isSpace(proof[end - 1])) end--;
  return truthOf(proof, start, end);
}

export function truthOf(proof: string, start: number, end: number): Truth {
  return { start, end, lines: linesOfSpan(lineStartsOf(proof), start, end) };
}
