/** Closing delimiter of a formula: what ends it at its own level. */
export type MathCloser = '$' | '$$' | '\\)' | '\\]';

/**
 * Commands whose argument is text, where math may open again (`\text{for all \(k\)}`), so
 * delimiters inside belong to that inner formula, not to the one around it.
 */
const TEXT_COMMANDS = new Set([
  'text',
  'textrm',
  'textit',
  'textbf',
  'textsf',
  'texttt',
  'textup',
  'textsl',
  'textsc',
  'textnormal',
  'mbox',
  'hbox',
  'fbox',
  'emph',
  'tag',
]);

type Frame = { mode: 'math'; closer: MathCloser } | { mode: 'text'; depth: number };

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * Index of the delimiter that closes a formula whose content starts at `from`, read with
 * TeX's grouping rules rather than by searching for the next closer: inside a text-mode group
 * (`\text{…}`, `\mbox{…}`, `\textbf{…}` …) math may open again with `$`, `$$` or `\(`, and
 * its delimiters (even a `$` that would close the outer formula) belong to it; backslash
 * escapes (`\$`, `\\`) never delimit. Line breaks, indentation and whatever Markdown
 * container the formula sits in play no part. Braces of the formula itself are not required
 * to balance (KaTeX reports that). Returns -1 when nothing closes it before `limit`, or when
 * a delimiter opens math inside math (`\(` after `\(`): the caller then falls back to its
 * plain search, which knows how to show such text.
 */
export function findMathClose(
  src: string,
  from: number,
  closer: MathCloser,
  limit: number,
): number {
  const stack: Frame[] = [{ mode: 'math', closer }];
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const code = src.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (code === 92 /* \ */) {
      const next = src.charCodeAt(i + 1);
      if (next === 41 /* ) */ || next === 93 /* ] */) {
        const own = next === 41 ? '\\)' : '\\]';
        if (top.mode === 'math' && top.closer === own) {
          if (stack.length === 1) return i;
          stack.pop();
        }
        i++;
        continue;
      }
      if (next === 40 /* ( */ || next === 91 /* [ */) {
        if (top.mode === 'math') return -1;
        stack.push({ mode: 'math', closer: next === 40 ? '\\)' : '\\]' });
        i++;
        continue;
      }
      if (!isLetter(next)) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < limit && isLetter(src.charCodeAt(end))) end++;
      const arg = argumentStart(src, end);
      if (src[arg] === '{' && TEXT_COMMANDS.has(src.slice(i + 1, end))) {
        stack.push({ mode: 'text', depth });
        depth++;
        i = arg;
      } else i = end - 1;
      continue;
    }
    if (code === 36 /* $ */) {
      const double = src.charCodeAt(i + 1) === 36;
      if (top.mode === 'text') {
        stack.push({ mode: 'math', closer: double ? '$$' : '$' });
        if (double) i++;
      } else if (top.closer === '$$' && double) {
        if (stack.length === 1) return i;
        stack.pop();
        i++;
      } else if (top.closer === '$') {
        if (stack.length === 1) return i;
        stack.pop();
      }
      continue;
    }
    if (code === 123 /* { */) depth++;
    else if (code === 125 /* } */) {
      depth--;
      // The group of the innermost text command ends here (math left open inside it too).
      for (let k = stack.length - 1; k > 0; k--) {
        const frame = stack[k];
        if (frame.mode === 'text' && frame.depth === depth) {
          stack.length = k;
          break;
        }
      }
    }
  }
  return -1;
}

/**
 * Where a command's argument may start after `from`: spaces and line breaks come first, and
 * after a line break the blockquote markers that continue the quote (`> >`), which are not TeX.
 */
function argumentStart(src: string, from: number): number {
  let at = from;
  let lineStart = false;
  for (;;) {
    const ch = src[at];
    if (ch === ' ' || ch === '\t' || (lineStart && ch === '>')) at++;
    else if (ch === '\n') {
      lineStart = true;
      at++;
    } else return at;
  }
}
