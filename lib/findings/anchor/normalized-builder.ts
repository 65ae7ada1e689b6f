/**
 * Text in comparison form plus, for every one of its UTF-16 units, the span of the original
 * string it came from. A match [s, e) in `text` covers the original [starts[s], ends[e - 1]).
 */
export type NormalizedText = { text: string; starts: Int32Array; ends: Int32Array };

/** Letters and digits: the only neighbours between which a space is kept. */
export function isWordCode(c: number, ch: string): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return /[\p{L}\p{N}]/u.test(ch);
}

/** True when `s` ends in a control word, after which LaTeX ignores spaces. */
function endsInCommand(s: string): boolean {
  const slash = s.lastIndexOf('\\');
  return slash >= 0 && slash < s.length - 1 && /^[a-z]+$/.test(s.slice(slash + 1));
}

/**
 * Accumulates normalised text with its offset map. Whitespace is only noted; it becomes one
 * space when both neighbours are letters/digits and the left one is not a control word
 * (LaTeX ignores spaces after `\alpha`, so `\alpha x` and `\alpha{}x` must read alike).
 */
export class NormalizedBuilder {
  private text = '';
  private starts: number[] = [];
  private ends: number[] = [];
  private pendingSpaceAt = -1;
  private lastIsWord = false;
  private afterCommand = false;

  space(at: number): void {
    if (this.pendingSpaceAt < 0) this.pendingSpaceAt = at;
  }

  /** One character (`code` is its first UTF-16 unit) taken from original [start, end). */
  char(ch: string, code: number, start: number, end: number): void {
    const isWord = isWordCode(code, ch);
    this.flushSpace(isWord);
    this.text += ch;
    for (let k = 0; k < ch.length; k++) {
      this.starts.push(start);
      this.ends.push(end);
    }
    this.lastIsWord = isWord;
    this.afterCommand = false;
  }

  /** A replacement string (a folded symbol or command) for original [start, end). */
  token(value: string, start: number, end: number): void {
    if (value.length === 0) return;
    this.flushSpace(isWordCode(value.charCodeAt(0), value[0]));
    this.text += value;
    for (let k = 0; k < value.length; k++) {
      this.starts.push(start);
      this.ends.push(end);
    }
    const lastChar = value[value.length - 1];
    this.lastIsWord = isWordCode(lastChar.charCodeAt(0), lastChar);
    this.afterCommand = value.length > 1 && endsInCommand(value);
  }

  finish(): NormalizedText {
    return {
      text: this.text,
      starts: Int32Array.from(this.starts),
      ends: Int32Array.from(this.ends),
    };
  }

  private flushSpace(nextIsWord: boolean): void {
    if (this.pendingSpaceAt >= 0 && !this.afterCommand && this.lastIsWord && nextIsWord) {
      this.text += ' ';
      this.starts.push(this.pendingSpaceAt);
      this.ends.push(this.pendingSpaceAt + 1);
    }
    this.pendingSpaceAt = -1;
  }
}
