import {
  CHAR_FOLDS,
  COMMAND_SYNONYMS,
  CONTROL_SYMBOLS,
  DROPPED_COMMANDS,
  SPACE_COMMANDS,
} from './fold-tables';
import { NormalizedBuilder, type NormalizedText } from './normalized-builder';

export type { NormalizedText } from './normalized-builder';

/** Plain characters that only mark up (math delimiters, markdown, braces, alignment). */
const DROPPED_ASCII = new Set([36, 42, 96, 123, 125, 38]); // $ * ` { } &
/** ASCII whitespace and `~` (LaTeX's non-breaking space). */
const SPACE_ASCII = new Set([32, 9, 10, 11, 12, 13, 126]);
const ZERO_WIDTH = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);
const BACKSLASH = 92;

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Normalises for matching (BRIEF §4 step 1): drops delimiters and layout commands, folds
 * synonyms and Unicode symbols onto LaTeX, lowercases, and keeps a space only between two
 * letters/digits (so `a + b`, `a+b` and `x^2\ge 0`, `x^2 \ge 0` compare equal).
 * ASCII takes a fast path: proofs of 100k chars are normalised once per version.
 */
export function normalizeWithMap(input: string): NormalizedText {
  const out = new NormalizedBuilder();
  let i = 0;
  while (i < input.length) {
    const c = input.charCodeAt(i);
    if (c === BACKSLASH) {
      i = readBackslash(input, i, out);
    } else if (c < 128) {
      if (SPACE_ASCII.has(c)) out.space(i);
      else if (!DROPPED_ASCII.has(c)) {
        const lower = c >= 65 && c <= 90 ? c + 32 : c;
        out.char(String.fromCharCode(lower), lower, i, i + 1);
      }
      i++;
    } else {
      i = readNonAscii(input, i, out);
    }
  }
  return out.finish();
}

/** One code point beyond ASCII: Unicode spaces, folded symbols, or a lowercased letter. */
function readNonAscii(input: string, at: number, out: NormalizedBuilder): number {
  const cp = input.codePointAt(at) ?? 0;
  const width = cp > 0xffff ? 2 : 1;
  const ch = input.slice(at, at + width);
  if (/\s/.test(ch)) out.space(at);
  else if (Object.hasOwn(CHAR_FOLDS, ch)) out.token(CHAR_FOLDS[ch], at, at + width);
  else if (!ZERO_WIDTH.has(ch)) {
    const lower = ch.toLowerCase();
    out.char(lower, lower.charCodeAt(0), at, at + width);
  }
  return at + width;
}

/** Reads one control word or control symbol at `at` (a backslash); returns the next index. */
function readBackslash(input: string, at: number, out: NormalizedBuilder): number {
  let j = at + 1;
  while (j < input.length && isAsciiLetter(input.charCodeAt(j))) j++;
  if (j === at + 1) {
    if (j >= input.length) {
      out.token('\\', at, j);
      return j;
    }
    const symbol = input[j];
    // `\` before a space or line break is LaTeX's control space.
    if (/\s/.test(symbol)) {
      out.space(at);
      return j + 1;
    }
    const mapped = Object.hasOwn(CONTROL_SYMBOLS, symbol) ? CONTROL_SYMBOLS[symbol] : `\\${symbol}`;
    if (mapped === ' ') out.space(at);
    else if (mapped !== null) out.token(mapped, at, j + 1);
    return j + 1;
  }
  const name = input.slice(at + 1, j);
  if (DROPPED_COMMANDS.has(name)) {
    // `\left.` and `\right.` are invisible delimiters; their dot is markup too.
    return (name === 'left' || name === 'right') && input[j] === '.' ? j + 1 : j;
  }
  if (SPACE_COMMANDS.has(name)) {
    out.space(at);
    return j;
  }
  const synonym = Object.hasOwn(COMMAND_SYNONYMS, name) ? COMMAND_SYNONYMS[name] : undefined;
  out.token(synonym ?? `\\${name.toLowerCase()}`, at, j);
  return j;
}
