const CONTAINER = /^((?:[ \t]*>[ \t]?)*)([ \t]*)((?:[-*+]|\d{1,9}[.)])[ \t]+)?/;

/**
 * The indentation a block must carry to stay inside the container (list item, blockquote)
 * that the line starting with `head` belongs to.
 */
export function containerPrefix(head: string): string {
  const m = CONTAINER.exec(head);
  if (!m) return '';
  return m[1] + m[2] + ' '.repeat(m[3]?.length ?? 0);
}

/**
 * Accumulates Markdown output. Knows the current line (for container prefixes) and can move a
 * block onto its own line after a display formula.
 */
export class MarkdownWriter {
  private readonly parts: string[] = [];
  /** Set after a display formula: the next inline content must start a new line with it. */
  private breakPrefix: string | null = null;

  write(text: string): void {
    if (text === '') return;
    if (this.breakPrefix !== null) {
      if (/^[ \t]*$/.test(text)) return;
      const prefix = this.breakPrefix;
      this.breakPrefix = null;
      if (!/^[ \t]*\n/.test(text)) {
        this.parts.push(`\n${prefix}`);
        this.parts.push(text.trimStart());
        return;
      }
    }
    this.parts.push(text);
  }

  /** After a display formula: whatever follows on the same source line moves to a new line. */
  breakAfterBlock(prefix: string): void {
    this.breakPrefix = prefix;
  }

  clearBreak(): void {
    this.breakPrefix = null;
  }

  /** Whether the output so far ends with `suffix` (checked within the last part). */
  endsWith(suffix: string): boolean {
    const last = this.parts[this.parts.length - 1];
    return last?.endsWith(suffix) ?? false;
  }

  /** The current (last) output line. */
  currentLine(): string {
    let line = '';
    for (let k = this.parts.length - 1; k >= 0; k--) {
      const part = this.parts[k];
      const nl = part.lastIndexOf('\n');
      if (nl !== -1) return part.slice(nl + 1) + line;
      line = part + line;
    }
    return line;
  }

  lineIsBlank(): boolean {
    return this.currentLine().trim() === '';
  }

  /** Drops spaces and tabs at the end of the output (not line breaks). */
  trimTrailingSpaces(): void {
    while (this.parts.length > 0) {
      const last = this.parts[this.parts.length - 1];
      const trimmed = last.replace(/[ \t]+$/, '');
      if (trimmed !== '') {
        this.parts[this.parts.length - 1] = trimmed;
        return;
      }
      this.parts.pop();
    }
  }

  /** A position to come back to, for wrapping what is written after it. */
  mark(): number {
    return this.parts.length;
  }

  /** Removes and returns everything written since `mark`. */
  takeSince(mark: number): string {
    return this.parts.splice(mark).join('');
  }

  /** Replaces one earlier part, e.g. an emphasis marker that turned out to wrap nothing. */
  replacePart(index: number, text: string): void {
    this.parts[index] = text;
  }

  toString(): string {
    return this.parts.join('');
  }
}
