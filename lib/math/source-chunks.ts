export type SourceChunk = { text: string; startLine: number; endLine: number };

// `(?<!\\)`: the row break `\\[2mm]` is not a display opening (else the rest of the proof
// became one chunk).
const OPENERS = /(?<!\\)\\\[|\\begin\{|(^|[^\\])\$\$/g;
const CLOSERS = /(?<!\\)\\\]|\\end\{|(^|[^\\])\$\$/g;

function balance(line: string): number {
  const opens = line.match(OPENERS)?.length ?? 0;
  const closes = line.match(CLOSERS)?.length ?? 0;
  // `$$` both opens and closes: count pairs as balanced.
  const dollars = (line.match(/(^|[^\\])\$\$/g)?.length ?? 0) % 2;
  return opens - closes + (dollars && opens === closes ? 1 : 0);
}

/**
 * Splits a proof's source into line-level chunks — never inside display math, environments,
 * code fences or tables — and keeps each chunk's 1-based line range, so a preview can show
 * the part of the rendered proof under the editor's cursor and mark the exact lines findings
 * point at. Models write a sentence or a step per line, so a line is the natural unit.
 * `firstLine`: the number of the source's first line (a part of a longer text).
 *
 * Whether a chunk ends at line i depends only on lines up to i + 1, and every chunk starts
 * from the same state, so chunking may resume at any chunk's first line (IncrementalChunks).
 */
export function sourceChunks(source: string, firstLine = 1): SourceChunk[] {
  const lines = source.split(/\r?\n/);
  const chunks: SourceChunk[] = [];
  let start = -1;
  let depth = 0;
  let fenced = false;
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
    const fence = /^\s*(```|~~~)/.test(line);
    const tableRow = /^\s*\|/.test(line) && /^\s*\|/.test(lines[i + 1] ?? '');
    if (!line.trim() && depth <= 0 && !fenced) {
      close(i - 1);
      depth = 0;
      return;
    }
    if (start < 0) start = i;
    if (fence) fenced = !fenced;
    if (!fenced && !fence) depth += balance(line);
    if (depth <= 0 && !fenced && !tableRow) {
      close(i);
      depth = 0;
    }
  });
  close(lines.length - 1);
  return chunks;
}
