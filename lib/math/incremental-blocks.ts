import { type NormalizeOptions, normalizeChunk, normalizeTex } from './normalize-tex';
import { splitBlocks } from './split-blocks';

/** Tail length worth committing: below this, normalising the tail each time is cheap anyway. */
const COMMIT_STEP = 4_000;
/** A line that continues the block before a blank line: a list item or indented content. */
const CONTINUES_BLOCK = /^(?:[ \t]|[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$))/;

/**
 * Normalised blocks of a document that grows at its end (a streamed proof). The prefix up to a
 * safe paragraph break is normalised and split once and kept; each call only normalises the
 * tail after it. A break is safe when everything before it is closed (see `normalizeChunk`)
 * and the next paragraph does not continue a list, so the result always equals
 * `splitBlocks(normalizeTex(text))`.
 */
export class IncrementalBlocks {
  private raw = '';
  private blocks: string[] = [];
  /** Tail length at which the next commit is attempted, so a failed attempt is not repeated per call. */
  private nextAttempt = COMMIT_STEP;

  update(text: string, options: NormalizeOptions = {}): string[] {
    if (!text.startsWith(this.raw)) this.reset();
    const tail = text.slice(this.raw.length);
    if (tail.length >= this.nextAttempt) this.commit(tail, options);
    const rest = text.slice(this.raw.length);
    return [...this.blocks, ...splitBlocks(normalizeTex(rest, options))];
  }

  private commit(tail: string, options: NormalizeOptions): void {
    const cut = lastSafeBreak(tail);
    // A closed chunk reads the same streaming or not.
    const settled = { ...options, streaming: false };
    const chunk = cut === -1 ? null : normalizeChunk(tail.slice(0, cut), settled);
    if (chunk?.closed) {
      this.raw += tail.slice(0, cut);
      this.blocks.push(...splitBlocks(chunk.markdown));
      this.nextAttempt = COMMIT_STEP;
    } else {
      this.nextAttempt = tail.length + COMMIT_STEP;
    }
  }

  private reset(): void {
    this.raw = '';
    this.blocks = [];
    this.nextAttempt = COMMIT_STEP;
  }
}

/** Start of the last paragraph after a blank line, if that paragraph starts a new block. */
function lastSafeBreak(text: string): number {
  let blank = text.lastIndexOf('\n\n');
  while (blank > 0) {
    let start = blank + 2;
    while (text[start] === '\n') start++;
    const line = text.slice(start, text.indexOf('\n', start) + 1 || text.length);
    if (start < text.length && !CONTINUES_BLOCK.test(line)) return start;
    blank = text.lastIndexOf('\n\n', blank - 1);
  }
  return -1;
}
