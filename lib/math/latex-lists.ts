import type { MarkdownWriter } from './markdown-writer';

/** Deeper LaTeX lists reuse the last indentation: Markdown gains nothing, output would grow quadratically. */
const MAX_DEPTH = 8;

interface ListLevel {
  ordered: boolean;
  /** Indentation of this level's markers. */
  indent: string;
  /** Indentation of the current item's content. */
  contentIndent: string;
}

/**
 * Turns `\begin{itemize|enumerate|description}` … `\item[(a)]` … `\end{…}` in prose into
 * Markdown lists. LaTeX does not care about line starts, Markdown does: every line inside an
 * item is indented to the item's content so displays and paragraphs stay inside it.
 */
export class LatexLists {
  private readonly levels: ListLevel[] = [];
  /** Indentation owed to the current line, written when content arrives. */
  private pendingIndent = '';

  constructor(private readonly out: MarkdownWriter) {}

  get active(): boolean {
    return this.levels.length > 0;
  }

  begin(kind: string): void {
    const parent = this.levels[this.levels.length - 1];
    this.endLine();
    if (!parent) this.out.write('\n');
    const indent =
      parent && this.levels.length < MAX_DEPTH ? parent.contentIndent : (parent?.indent ?? '');
    this.levels.push({ ordered: kind === 'enumerate', indent, contentIndent: indent });
  }

  end(): void {
    this.levels.pop();
    this.endLine();
    const parent = this.levels[this.levels.length - 1];
    if (!parent) this.out.write('\n');
    this.pendingIndent = parent ? parent.contentIndent : '';
  }

  item(label: string | null): void {
    const level = this.levels[this.levels.length - 1];
    if (!level) return;
    this.endLine();
    const marker = level.ordered && label === null ? '1.' : '-';
    level.contentIndent = level.indent + ' '.repeat(marker.length + 1);
    this.out.write(`${level.indent}${marker} ${label === null ? '' : `${label} `}`);
    this.pendingIndent = '';
  }

  /** A source line break inside a list: the next line is indented to the item. */
  newline(blank: boolean): void {
    const level = this.levels[this.levels.length - 1];
    this.out.trimTrailingSpaces();
    this.out.write(blank ? '\n\n' : '\n');
    this.pendingIndent = level ? level.contentIndent : '';
  }

  /** Writes indentation owed to the current line before real content lands on it. */
  flushIndent(): void {
    if (this.pendingIndent) this.out.write(this.pendingIndent);
    this.pendingIndent = '';
  }

  private endLine(): void {
    this.pendingIndent = '';
    this.out.trimTrailingSpaces();
    if (!this.out.lineIsBlank()) this.out.write('\n');
  }
}
