/** True when the character at `i` is escaped by an odd run of backslashes before it. */
export function isEscaped(src: string, i: number): boolean {
  let count = 0;
  for (let j = i - 1; j >= 0 && src.charCodeAt(j) === 92; j--) count++;
  return count % 2 === 1;
}

/** Index of the next `needle` at or after `from` whose first character is not escaped, or -1. */
export function findUnescaped(src: string, needle: string, from: number): number {
  let at = src.indexOf(needle, from);
  while (at !== -1 && isEscaped(src, at)) at = src.indexOf(needle, at + 1);
  return at;
}

/**
 * Remembers the last answer of a forward search so a scanner that only moves forward pays
 * for each search once overall, not once per opener: an unclosed delimiter repeated 10,000
 * times must not make normalisation quadratic.
 */
export class ForwardSearch {
  private from = -1;
  private found = -1;

  constructor(private readonly search: (from: number) => number) {}

  next(from: number): number {
    const stillValid =
      this.from !== -1 && from >= this.from && (this.found === -1 || this.found >= from);
    if (!stillValid) {
      this.from = from;
      this.found = this.search(from);
    }
    return this.found;
  }
}

const BLANK_LINE = /\n[ \t]*(?:\n|$)/g;

/** Index of the newline that starts the next blank line at or after `from`, or -1. */
export function findBlankLine(src: string, from: number): number {
  BLANK_LINE.lastIndex = from;
  const match = BLANK_LINE.exec(src);
  return match ? match.index : -1;
}

/**
 * Index just past the `}` matching the `{` at `open`, or -1. Escaped braces do not count.
 * The search stops at `limit` so an unclosed brace in prose cannot reach into the next
 * paragraph.
 */
export function matchBrace(src: string, open: number, limit = src.length): number {
  let depth = 0;
  for (let i = open; i < limit; i++) {
    const ch = src.charCodeAt(i);
    if (ch === 92) i++;
    else if (ch === 123) depth++;
    else if (ch === 125 && --depth === 0) return i + 1;
  }
  return -1;
}

/** Index just past the `\end{name}` that closes the environment opened before `from`, or -1. */
export function findEnvEnd(src: string, from: number, name: string): number {
  const begin = `\\begin{${name}}`;
  const end = `\\end{${name}}`;
  let depth = 1;
  let at = from;
  while (depth > 0) {
    const nextEnd = findUnescaped(src, end, at);
    if (nextEnd === -1) return -1;
    const nextBegin = findUnescaped(src, begin, at);
    if (nextBegin !== -1 && nextBegin < nextEnd) {
      depth++;
      at = nextBegin + begin.length;
    } else {
      depth--;
      at = nextEnd + end.length;
    }
  }
  return at;
}
