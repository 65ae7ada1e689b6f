import { findBlankLine } from './tex-scan';
import { tokenize } from './tokenize';

export type SourceChunk = { text: string; startLine: number; endLine: number };

/** A display delimiter still waiting for its partner: it holds everything after it for now. */
const OPEN_DISPLAY = /^(?:\\\[|\$\$|\\begin)/;

/**
 * For each line of `source`, whether its line break lies inside one formula or code token (as
 * the tokenizer reads them, with TeX grouping), so the line must stay with the next one.
 * Shared by every view that cuts a proof by lines (the preview's chunks, the read-only views'
 * blocks), so none of them cuts a formula that wraps over lines.
 */
export function joinedLines(source: string, lineCount: number): boolean[] {
  const joined = new Array<boolean>(lineCount).fill(false);
  const breaks: number[] = [];
  for (let at = source.indexOf('\n'); at !== -1; at = source.indexOf('\n', at + 1)) breaks.push(at);
  let line = 0;
  for (const token of tokenize(source)) {
    if (token.kind === 'text' || token.start === undefined || token.end === undefined) continue;
    let end = token.end;
    if (token.kind === 'stray') {
      if (!token.atEnd) continue;
      // Unclosed so far (a streaming tail): a display holds the rest, inline math its paragraph.
      if (OPEN_DISPLAY.test(token.value)) end = source.length;
      else if (token.value === '\\(') {
        const blank = findBlankLine(source, token.start);
        end = blank === -1 ? source.length : blank;
      } else continue;
    }
    while (line < breaks.length && breaks[line] < token.start) line++;
    for (let k = line; k < breaks.length && breaks[k] < end; k++) joined[k] = true;
  }
  return joined;
}

/**
 * Splits a proof's source into line-level chunks — never inside a formula (inline or display,
 * however it wraps), an environment, code or a table — and keeps each chunk's 1-based line
 * range, so a preview can show the part of the rendered proof under the editor's cursor and
 * mark the exact lines findings point at. Models write a sentence or a step per line, so a
 * line is the natural unit. `firstLine`: the number of the source's first line (a part of a
 * longer text).
 *
 * Chunks end only where no formula or code is open, so chunking may resume at any chunk's
 * first line once the paragraph it ends in is complete (IncrementalChunks).
 */
export function sourceChunks(source: string, firstLine = 1): SourceChunk[] {
  const lines = source.split(/\r?\n/);
  const joined = joinedLines(source, lines.length);
  const chunks: SourceChunk[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start >= 0)
      chunks.push({
        text: lines.slice(start, end + 1).join('\n'),
        startLine: start + firstLine,
        endLine: end + firstLine,
      });
    start = -1;
  };
  lines.forEach((line, i) => {
    const tableRow = /^\s*\|/.test(line) && /^\s*\|/.test(lines[i + 1] ?? '');
    if (!line.trim() && start < 0) return;
    if (start < 0) start = i;
    if (!joined[i] && !tableRow) close(i);
  });
  close(lines.length - 1);
  return chunks;
}

/**
 * A chunk's text as a Markdown document of its own: a line that continued a list item or a
 * quote's paragraph in the whole proof (indented by 4 spaces under Gemini's `*   ` items)
 * would read as indented code alone, so its first line's indentation goes (and as much from
 * the lines after it); `indent` says how much, for the preview to keep the item's nesting.
 */
export function chunkMarkdown(text: string): { markdown: string; indent: number } {
  // The first line's indentation decides what block Markdown sees; later lines of the chunk
  // continue it (or a formula), so each loses at most as much.
  const indent = /^[ \t]*/.exec(text.replace(/^(?:[ \t]*\n)+/, ''))?.[0].length ?? 0;
  if (indent === 0) return { markdown: text, indent: 0 };
  const strip = new RegExp(`^[ \\t]{0,${indent}}`, 'gm');
  return { markdown: text.replace(strip, ''), indent };
}
