import { containerPrefix, MarkdownWriter } from './markdown-writer';
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
}

/**
 * Writes tokens back out as the Markdown dialect remark-math reads: inline math as `$…$`,
 * display math as a `$$` fence on its own lines (indented to stay inside its list item),
 * prose through the LaTeX-to-Markdown converter, code untouched.
 */
export function emitMarkdown(tokens: Token[], options: EmitOptions = {}): EmittedMarkdown {
  const out = new MarkdownWriter();
  const prose = new ProseConverter(out);
  for (const token of tokens) {
    if (token.kind === 'text') {
      prose.write(token.value);
      continue;
    }
    prose.beforeOtherToken();
    if (token.kind === 'code') out.write(token.value);
    else if (token.kind === 'math' && token.display) writeDisplay(out, prepareTex(token.tex, true));
    else if (token.kind === 'math') writeInline(out, prepareTex(token.tex, false));
    else if (token.value === '$$' || (options.streaming && token.atEnd))
      out.write(asText(token.value));
    else writeInline(out, token.value);
  }
  return { markdown: out.toString(), settled: prose.isSettled() };
}

/** A delimiter shown as itself: Markdown must neither unescape nor pair it. */
function asText(delimiter: string): string {
  return delimiter.replace(/[\\{}$]/g, '\\$&');
}

function writeDisplay(out: MarkdownWriter, tex: string): void {
  out.clearBreak();
  const prefix = containerPrefix(out.currentLine());
  if (out.lineIsBlank()) out.trimTrailingSpaces();
  else out.write('\n');
  const quoted = prefix.includes('>');
  const lines = tex.split('\n').flatMap((line) => {
    // Inside a blockquote every source line repeats the `>` markers; they are not TeX.
    const body = (quoted ? line.replace(/^(?:[ \t]*>)*/, '') : line).trim();
    return body === '' ? [] : [`${prefix}${body}\n`];
  });
  out.write(`${prefix}$$\n${lines.join('')}${prefix}$$`);
  out.breakAfterBlock(prefix);
}

/** Keeps `$a$` and `$b$` apart: written back to back, `$a$$b$` would parse as one formula. */
const WORD_JOINER = '\u2060';

function writeInline(out: MarkdownWriter, tex: string): void {
  if (out.endsWith('$') && !out.endsWith('\\$')) out.write(WORD_JOINER);
  out.write(inlineMath(tex));
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
