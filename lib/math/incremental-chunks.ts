import { type SourceChunk, sourceChunks } from './source-chunks';

/**
 * `sourceChunks` of a text that grows at its end (a streamed proof), in time proportional to
 * what was added rather than to the whole text. Chunks that end two lines or more before the
 * last line and before the last paragraph's start can no longer change (a formula opened in
 * the last paragraph may still close and hold several of its lines together; one still open
 * from earlier holds all lines after it anyway), so they are kept — the same objects from call to call, which
 * lets memoised consumers compare them at no cost — and only the rest is chunked again.
 * Any other change starts over. The result always equals `sourceChunks(text)`.
 */
export class IncrementalChunks {
  private text = '';
  private final: SourceChunk[] = [];
  /** Where chunking resumes: the offset of a line start, and that line's number. */
  private resumeAt = 0;
  private resumeLine = 1;

  update(text: string): SourceChunk[] {
    if (!text.startsWith(this.text)) this.reset();
    this.text = text;
    const tail = sourceChunks(text.slice(this.resumeAt), this.resumeLine);
    const lastLine = this.resumeLine + countLines(text, this.resumeAt) - 1;
    // A formula may still close in the last paragraph and join lines there into one chunk.
    const bound = Math.min(lastLine - 2, lastBlankLine(text, this.resumeAt, this.resumeLine) - 1);
    let settled = 0;
    while (settled < tail.length && tail[settled].endLine <= bound) settled++;
    if (settled > 0) {
      const next = tail[settled - 1].endLine + 1;
      this.resumeAt = lineStart(text, this.resumeAt, next - this.resumeLine);
      this.resumeLine = next;
      this.final.push(...tail.slice(0, settled));
    }
    return this.final.concat(tail.slice(settled));
  }

  private reset(): void {
    this.text = '';
    this.final = [];
    this.resumeAt = 0;
    this.resumeLine = 1;
  }
}

/** Lines in `text` from `from` on (a text without line breaks is one line). */
function countLines(text: string, from: number): number {
  let n = 1;
  for (let i = text.indexOf('\n', from); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Offset of the line `skip` lines below the line starting at `from`. */
function lineStart(text: string, from: number, skip: number): number {
  let at = from;
  for (let k = 0; k < skip; k++) at = text.indexOf('\n', at) + 1;
  return at;
}

/** Number of the last blank line at or after the line starting at `from` (numbered `line`), or 0. */
function lastBlankLine(text: string, from: number, line: number): number {
  const blank = /\n[ \t]*(?=\n)/g;
  blank.lastIndex = from;
  let last = -1;
  for (let m = blank.exec(text); m; m = blank.exec(text)) last = m.index;
  if (last === -1) return 0;
  return line + countLines(text, from) - countLines(text, last + 1);
}
