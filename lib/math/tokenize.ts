import { isDollarMath } from './dollar-math';
import { DISPLAY_ENVIRONMENTS } from './math-environments';
import { findMathClose, type MathCloser } from './math-extent';
import { ForwardSearch, findBlankLine, findEnvEnd, findUnescaped } from './tex-scan';
import type { Token } from './tokens';

const FENCE_OPEN = /[ \t]*(`{3,}|~{3,})[^\n]*/y;
const BEGIN_ENV = /\\begin\{([a-zA-Z]+\*?)\}/y;
/** How far past the next plain closer a formula with math nested in its text may reach. */
const MAX_NESTED_REACH = 2_000;
/** Punctuation written right after a closing display delimiter belongs to the formula. */
const TRAILING_PUNCTUATION = /[.,;:](?=\s|$)/y;

/**
 * Splits real model or problem text into prose, code and math. Recognises `\(…\)`, `\[…\]`,
 * `$$…$$`, `$…$` (not currency), bare math environments and Markdown code, which is never
 * looked inside. One forward pass; every search is memoised so the cost stays linear.
 */
export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  const searches = {
    inlineClose: new ForwardSearch((from) => findUnescaped(src, '\\)', from)),
    inlineOpen: new ForwardSearch((from) => findUnescaped(src, '\\(', from)),
    displayClose: new ForwardSearch((from) => findUnescaped(src, '\\]', from)),
    displayOpen: new ForwardSearch((from) => findUnescaped(src, '\\[', from)),
    doubleDollar: new ForwardSearch((from) => findUnescaped(src, '$$', from)),
    blankLine: new ForwardSearch((from) => findBlankLine(src, from)),
  };
  const envWithoutEnd = new Map<string, number>();
  let textStart = 0;
  let i = 0;

  const pushText = (end: number) => {
    if (end > textStart)
      tokens.push({ kind: 'text', value: src.slice(textStart, end), start: textStart, end });
  };
  /**
   * Completes `token` (a literal made for this call) in place: copying it with a spread, for
   * tokens of four shapes, went through V8's runtime and was most of the tokenizer's time.
   */
  const emit = (start: number, end: number, token: Token) => {
    pushText(start);
    token.start = start;
    token.end = end;
    tokens.push(token);
    i = end;
    textStart = end;
  };
  const paragraphEnd = (from: number) => {
    const blank = searches.blankLine.next(from);
    return blank === -1 ? src.length : blank;
  };
  const stray = (start: number, value: string, atEnd: boolean) =>
    emit(start, start + value.length, { kind: 'stray', value, atEnd });
  /**
   * The closer of a formula opened before `from`, read with TeX grouping (`findMathClose`) up
   * to `limit`, or -1 (then the caller's plain search decides). The scan covers the formula,
   * which the tokenizer then skips, plus at most MAX_NESTED_REACH beyond the plain closer, so
   * text full of unclosed delimiters stays linear.
   */
  const grouped = (from: number, closer: MathCloser, flat: number, limit: number) =>
    flat === -1 ? -1 : findMathClose(src, from, closer, Math.min(limit, flat + MAX_NESTED_REACH));
  /** Emits display math ending at `close`, taking trailing punctuation into the formula. */
  const display = (start: number, tex: string, close: number) => {
    TRAILING_PUNCTUATION.lastIndex = close;
    const punct = TRAILING_PUNCTUATION.exec(src);
    const end = punct ? close + 1 : close;
    emit(start, end, { kind: 'math', tex: punct ? tex + punct[0] : tex, display: true });
  };

  while (i < src.length) {
    const ch = src[i];
    if (
      (i === 0 || src[i - 1] === '\n') &&
      (ch === ' ' || ch === '\t' || ch === '`' || ch === '~')
    ) {
      const fence = fencedCode(src, i);
      if (fence) {
        emit(i, fence.end, {
          kind: 'code',
          value: src.slice(i, fence.end),
          unclosed: fence.unclosed,
        });
        continue;
      }
    }
    if (ch === '`') {
      let run = 1;
      while (src[i + run] === '`') run++;
      const close = inlineCodeEnd(src, i + run, run, paragraphEnd(i));
      if (close === -1) i += run;
      else emit(i, close, { kind: 'code', value: src.slice(i, close) });
      continue;
    }
    if (ch === '\\') {
      const next = src[i + 1];
      if (next === '(') {
        const flat = searches.inlineClose.next(i + 2);
        const close = grouped(i + 2, '\\)', flat, paragraphEnd(i));
        if (close !== -1) {
          emit(i, close + 2, { kind: 'math', tex: src.slice(i + 2, close), display: false });
          continue;
        }
        const reopen = searches.inlineOpen.next(i + 2);
        const blank = searches.blankLine.next(i);
        if (flat === -1 || (reopen !== -1 && reopen < flat) || (blank !== -1 && blank < flat)) {
          stray(i, '\\(', flat === -1);
        } else emit(i, flat + 2, { kind: 'math', tex: src.slice(i + 2, flat), display: false });
        continue;
      }
      if (next === '[') {
        const flat = searches.displayClose.next(i + 2);
        const close = grouped(i + 2, '\\]', flat, src.length);
        if (close !== -1) {
          display(i, src.slice(i + 2, close), close + 2);
          continue;
        }
        const reopen = searches.displayOpen.next(i + 2);
        if (flat === -1 || (reopen !== -1 && reopen < flat)) stray(i, '\\[', flat === -1);
        else display(i, src.slice(i + 2, flat), flat + 2);
        continue;
      }
      if (next === ')' || next === ']') {
        stray(i, `\\${next}`, false);
        continue;
      }
      if (next === 'b') {
        BEGIN_ENV.lastIndex = i;
        const env = BEGIN_ENV.exec(src)?.[1];
        if (env && DISPLAY_ENVIRONMENTS.has(env)) {
          const from = i + env.length + 8;
          const known = envWithoutEnd.get(env);
          const end = known !== undefined && known <= from ? -1 : findEnvEnd(src, from, env);
          if (end === -1) {
            envWithoutEnd.set(env, from);
            stray(i, `\\begin{${env}}`, true);
          } else display(i, src.slice(i, end), end);
          continue;
        }
      }
      // An escaped character, or the first letter of a command: neither opens math. A line
      // break stays unskipped so the next line's start is still checked for a code fence.
      i += next === '\n' ? 1 : 2;
      continue;
    }
    if (ch === '$') {
      if (src[i + 1] === '$') {
        const flat = searches.doubleDollar.next(i + 2);
        const close = grouped(i + 2, '$$', flat, src.length);
        if (close === -1 && flat === -1) stray(i, '$$', true);
        else
          display(
            i,
            src.slice(i + 2, close === -1 ? flat : close),
            (close === -1 ? flat : close) + 2,
          );
        continue;
      }
      const flat = findUnescaped(src, '$', i + 1);
      const limit = paragraphEnd(i);
      const reach = flat !== -1 && flat >= limit ? inlineDollarLimit(src, i, limit) : limit;
      const found = grouped(i + 1, '$', flat, reach);
      const close = found === -1 ? flat : found;
      if (close !== -1 && (close < limit || close < reach)) {
        const content = src.slice(i + 1, close);
        if (isDollarMath(content, src[close + 1])) {
          emit(i, close + 1, { kind: 'math', tex: content, display: false });
          continue;
        }
      }
    }
    i++;
  }
  pushText(src.length);
  return tokens;
}

/**
 * How far a `$` formula opened at `open` may reach: its paragraph, unless a math environment
 * opened inside it ends in a later paragraph (rows separated by blank lines in converted
 * solutions), in which case the paragraph that environment ends in.
 */
function inlineDollarLimit(src: string, open: number, paragraphEnd: number): number {
  // Only the paragraph is searched: this runs at most once per paragraph, so stays linear.
  const inParagraph = src.slice(open, paragraphEnd).lastIndexOf('\\begin{');
  if (inParagraph === -1) return paragraphEnd;
  const begin = open + inParagraph;
  BEGIN_ENV.lastIndex = begin;
  const env = BEGIN_ENV.exec(src)?.[1];
  if (!env || !DISPLAY_ENVIRONMENTS.has(env)) return paragraphEnd;
  const end = findEnvEnd(src, BEGIN_ENV.lastIndex, env);
  if (end <= paragraphEnd) return paragraphEnd;
  const after = findBlankLine(src, end);
  return after === -1 ? src.length : after;
}

/** The fenced code block opening at line start `i` (closing fence included), if one does. */
function fencedCode(src: string, i: number): { end: number; unclosed: boolean } | null {
  FENCE_OPEN.lastIndex = i;
  const open = FENCE_OPEN.exec(src);
  if (!open) return null;
  const fence = open[1];
  if (fence[0] === '`' && open[0].slice(open[0].indexOf(fence) + fence.length).includes('`')) {
    return null; // a backtick fence's info string may not contain backticks: this is inline code
  }
  const closer = new RegExp(
    `\\n[ \\t]*${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*(?=\\n|$)`,
    'g',
  );
  closer.lastIndex = i + open[0].length;
  const close = closer.exec(src);
  return close
    ? { end: close.index + close[0].length, unclosed: false }
    : { end: src.length, unclosed: true };
}

/** End of the inline code span whose opening run of `run` backticks ends at `from`, or -1. */
function inlineCodeEnd(src: string, from: number, run: number, limit: number): number {
  let at = src.indexOf('`', from);
  while (at !== -1 && at < limit) {
    let len = 1;
    while (src[at + len] === '`') len++;
    if (len === run) return at + len;
    at = src.indexOf('`', at + len);
  }
  return -1;
}
