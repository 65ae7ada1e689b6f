import { containerPrefix, MarkdownWriter } from './markdown-writer';
import { encodeFormula, withoutReserved } from './opaque-math';
import { prepareTex } from './prepare-tex';
import { ProseConverter } from './prose-to-markdown';
import type { Token } from './tokens';

export interface EmittedMarkdown {
  markdown: string;
  /** No LaTeX list or brace group is left open: text appended later starts from a clean state. */
  settled: boolean;
}

export interface EmitOptions {
  /** The text is still arriving: a delimiter whose partner may yet come is plain text, not an error. */
  streaming?: boolean;
  /**
   * Write each formula as one opaque token (`opaque-math.ts`) for rendering, instead of `$…$`
   * and `$$` blocks (for export): Markdown then cannot split, escape or move it, whatever
   * container or line structure it sits in.
   */
  opaqueMath?: boolean;
}

/**
 * Writes tokens back out as the Markdown dialect remark-math reads: inline math as `$…$`,
 * display math as a `$$` fence on its own lines (indented to stay inside its list item),
 * prose through the LaTeX-to-Markdown converter, code untouched.
 */
export function emitMarkdown(tokens: Token[], options: EmitOptions = {}): EmittedMarkdown {
  const out = new MarkdownWriter();
  const prose = new ProseConverter(out);
  const opaque = options.opaqueMath === true;
  for (const token of tokens) {
    if (token.kind === 'text') {
      prose.write(opaque ? withoutReserved(token.value) : token.value);
      continue;
    }
    prose.beforeOtherToken();
    if (token.kind === 'code') out.write(opaque ? withoutReserved(token.value) : token.value);
    else if (token.kind === 'math' && opaque) writeOpaque(out, token.tex, token.display);
    else if (token.kind === 'math' && token.display) writeDisplay(out, prepareTex(token.tex, true));
    else if (token.kind === 'math') writeInline(out, prepareTex(token.tex, false));
    else if (token.value === '$$' || (options.streaming && token.atEnd))
      out.write(asText(token.value));
    // A delimiter without its partner: marked as a formula KaTeX rejects.
    else if (opaque) out.write(encodeFormula(token.value, false));
    else writeInline(out, token.value);
  }
  return { markdown: out.toString(), settled: prose.isSettled() };
}

/** A delimiter shown as itself: Markdown must neither unescape nor pair it. */
function asText(delimiter: string): string {
  return delimiter.replace(/[\\{}$]/g, '\\$&');
}

/**
 * Inside a blockquote every line of a formula repeats the `>` markers; they are not TeX. Only
 * a formula with line breaks looks at the current line (finding it costs a walk back).
 */
function withoutQuoteMarkers(tex: string, out: MarkdownWriter): string {
  if (!tex.includes('\n')) return tex;
  const depth = containerPrefix(out.currentLine()).split('>').length - 1;
  if (depth === 0) return tex;
  const markers = new RegExp(`\n(?:[ \t]*>){1,${depth}}`, 'g');
  return tex.replace(markers, '\n');
}

/** A display's lines trimmed, blank ones dropped: indentation carried no meaning. */
function displayLines(tex: string): string[] {
  return tex
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A formula as one token, exactly where it stands in the line (see `opaque-math.ts`). */
function writeOpaque(out: MarkdownWriter, source: string, display: boolean): void {
  const tex = withoutQuoteMarkers(source, out);
  const prepared = prepareTex(display ? displayLines(tex).join('\n') : tex, display);
  out.write(encodeFormula(prepared, display));
}

function writeDisplay(out: MarkdownWriter, tex: string): void {
  out.clearBreak();
  const prefix = containerPrefix(out.currentLine());
  if (out.lineIsBlank()) out.trimTrailingSpaces();
  else out.write('\n');
  const lines = displayLines(withoutQuoteMarkers(tex, out)).map((l) => `${prefix}${l}\n`);
  out.write(`${prefix}$$\n${lines.join('')}${prefix}$$`);
  out.breakAfterBlock(prefix);
}

/** Keeps `$a$` and `$b$` apart: written back to back, `$a$$b$` would parse as one formula. */
const WORD_JOINER = '\u2060';

function writeInline(out: MarkdownWriter, tex: string): void {
  if (out.endsWith('$') && !out.endsWith('\\$')) out.write(WORD_JOINER);
  out.write(inlineMath(withoutQuoteMarkers(tex, out)));
}

/** `$…$` with a fence longer than any run of `$` inside (`\text{$x$}`), on one line. */
function inlineMath(tex: string): string {
  const flat = stripComments(tex)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  let longest = 0;
  for (const run of flat.match(/\$+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '$'.repeat(longest + 1);
  const pad = longest > 0 ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** TeX comments run to the end of the line, so they must go before lines are joined. */
function stripComments(tex: string): string {
  return tex.includes('%') ? tex.replace(/(^|[^\\])((?:\\\\)*)%[^\n]*/g, '$1$2') : tex;
}
