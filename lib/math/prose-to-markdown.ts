import { LatexLists } from './latex-lists';
import type { MarkdownWriter } from './markdown-writer';

type Group =
  | { kind: 'plain'; keepBraces: boolean }
  | { kind: 'emphasis'; marker: string; mark: number };

const EMPHASIS: Readonly<Record<string, string>> = {
  emph: '*',
  textit: '*',
  textsl: '*',
  textbf: '**',
};
/** Text commands whose braces simply disappear. */
const PLAIN_GROUPS = new Set([
  'text',
  'textrm',
  'textup',
  'textnormal',
  'textsc',
  'textsf',
  'underline',
  'mbox',
]);
/** Layout commands with no Markdown meaning. */
const DROPPED = new Set([
  'noindent',
  'indent',
  'medskip',
  'bigskip',
  'smallskip',
  'centering',
  'hfill',
]);
const SPACES = new Set(['quad', 'qquad', 'enspace']);
const SPECIAL = /[\\${}\n]/g;
const COMMAND = /\\([a-zA-Z]+)(\*?)[ \t]*/y;
const BRACED = /\{([^{}\n]*)\}/y;
const ITEM_LABEL = /[ \t]*\[([^\]\n]*)\][ \t]*/y;
const LIST_ENV = /^(itemize|enumerate|description)$/;

/**
 * Converts prose LaTeX to Markdown as it streams through: `\emph{}`/`\textit{}`/`\textbf{}`
 * become emphasis (even when a formula sits inside), `\noindent` and spacing commands vanish,
 * `\tag{B}` reads `(B)`, LaTeX lists become Markdown lists, `\\` becomes a line break, and
 * every remaining `$` is escaped so Markdown cannot take currency for math.
 */
export class ProseConverter {
  private readonly groups: Group[] = [];
  private readonly lists: LatexLists;

  constructor(private readonly out: MarkdownWriter) {
    this.lists = new LatexLists(out);
  }

  /** Nothing open that text appended later could close. */
  isSettled(): boolean {
    return this.groups.length === 0 && !this.lists.active;
  }

  /** Before a formula or code: indentation owed to a list line must be written first. */
  beforeOtherToken(): void {
    this.lists.flushIndent();
  }

  write(text: string): void {
    let from = 0;
    SPECIAL.lastIndex = 0;
    for (let m = SPECIAL.exec(text); m; m = SPECIAL.exec(text)) {
      this.plain(text.slice(from, m.index));
      from = this.special(text, m.index);
      SPECIAL.lastIndex = from;
    }
    this.plain(text.slice(from));
  }

  private plain(text: string): void {
    if (text === '') return;
    this.lists.flushIndent();
    this.out.write(text);
  }

  /** Handles the special character at `i`; returns where plain copying resumes. */
  private special(text: string, i: number): number {
    const ch = text[i];
    if (ch === '$') return this.emit('\\$', i + 1);
    if (ch === '{') {
      this.groups.push({ kind: 'plain', keepBraces: true });
      return this.emit('{', i + 1);
    }
    if (ch === '}') return this.closeGroup(i);
    if (ch === '\n') return this.newline(text, i);
    return this.command(text, i);
  }

  private emit(markdown: string, resume: number): number {
    this.plain(markdown);
    return resume;
  }

  private newline(text: string, i: number): number {
    let end = i + 1;
    let blank = false;
    for (let k = end; k < text.length && /[ \t\n]/.test(text[k]); k++) {
      if (text[k] === '\n') {
        blank = true;
        end = k + 1;
      }
    }
    if (blank) this.closeEmphasis();
    if (!this.lists.active) {
      this.out.write(text.slice(i, end));
      return end;
    }
    this.lists.newline(blank);
    while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
    return end;
  }

  private command(text: string, i: number): number {
    const next = text[i + 1];
    if (next === '\\') return this.lineBreak(text, i + 2);
    COMMAND.lastIndex = i;
    const m = COMMAND.exec(text);
    if (!m) return this.emit(text.slice(i, i + 2), i + 2);
    const [, name, star] = m;
    const after = COMMAND.lastIndex;
    if (text[after] === '{' && (EMPHASIS[name] || PLAIN_GROUPS.has(name))) {
      return this.openGroup(text, after + 1, EMPHASIS[name]);
    }
    if (DROPPED.has(name)) return after;
    if (SPACES.has(name)) return this.emit(' ', after);
    if (name === 'par') return this.emit('\n\n', after);
    if (name === 'qed') return this.emit('\u25a1', after);
    if (name === 'newline') return this.lineBreak(text, after);
    if (name === 'tag') return this.tag(text, i, after, star === '*');
    if ((name === 'begin' || name === 'end') && text[after] === '{') {
      BRACED.lastIndex = after;
      const env = BRACED.exec(text)?.[1];
      if (env && LIST_ENV.test(env)) {
        if (name === 'begin') this.lists.begin(env);
        else this.lists.end();
        return skipSpace(text, BRACED.lastIndex);
      }
    }
    if (name === 'item' && this.lists.active) {
      ITEM_LABEL.lastIndex = i + 5;
      const label = ITEM_LABEL.exec(text);
      this.lists.item(label ? label[1] : null);
      return skipSpace(text, label ? ITEM_LABEL.lastIndex : i + 5);
    }
    return this.emit(text.slice(i, after), after);
  }

  private openGroup(text: string, bodyStart: number, marker: string | undefined): number {
    if (!marker) {
      this.groups.push({ kind: 'plain', keepBraces: false });
      return bodyStart;
    }
    // Emphasis may not start with a space in Markdown: the space goes before the marker.
    const body = skipSpace(text, bodyStart);
    this.plain(text.slice(bodyStart, body));
    this.plain(marker);
    this.groups.push({ kind: 'emphasis', marker, mark: this.out.mark() });
    return body;
  }

  private closeGroup(i: number): number {
    const group = this.groups.pop();
    if (!group) return this.emit('}', i + 1);
    if (group.kind === 'plain') return group.keepBraces ? this.emit('}', i + 1) : i + 1;
    this.finishEmphasis(group);
    return i + 1;
  }

  /** A paragraph ends every emphasis LaTeX left open; Markdown cannot carry it further. */
  private closeEmphasis(): void {
    for (let g = this.groups.pop(); g; g = this.groups.pop()) {
      if (g.kind === 'emphasis') this.finishEmphasis(g);
    }
  }

  private finishEmphasis(group: { marker: string; mark: number }): void {
    const body = this.out.takeSince(group.mark);
    const trimmed = body.trimEnd();
    if (trimmed.trim() === '') {
      this.out.replacePart(group.mark - 1, '');
      this.out.write(body);
      return;
    }
    // Emphasis may not end with a space either: trailing spaces go after the marker.
    this.out.write(trimmed + group.marker + body.slice(trimmed.length));
  }

  private lineBreak(text: string, after: number): number {
    let end = after;
    const spacing = /^\[[^\]\n]*\]/.exec(text.slice(end, end + 20));
    if (spacing) end += spacing[0].length;
    while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
    if (text[end] === '\n') end++;
    this.plain('\\\n');
    return end;
  }

  private tag(text: string, start: number, after: number, starred: boolean): number {
    BRACED.lastIndex = after;
    const label = BRACED.exec(text);
    if (!label) return this.emit(text.slice(start, after), after);
    return this.emit(starred ? label[1] : `(${label[1]})`, BRACED.lastIndex);
  }
}

function skipSpace(text: string, from: number): number {
  let end = from;
  while (end < text.length && /\s/.test(text[end])) end++;
  return end;
}
