import type { PartialOutput, StreamDelta } from './types';

/** The tags wrapping reasoning inside content: `<think>` on most servers, `<thought>` on Gemini. */
export type ReasoningTags = { open: string; close: string };
export const THINK_TAGS: ReasoningTags = { open: '<think>', close: '</think>' };

/**
 * The answer/reasoning split of a whole content string, as DeepSeek's own parser does it:
 * everything before the LAST `</think>` is reasoning (a leading `<think>` is dropped), the
 * rest is the answer. An unclosed `<think>` at the start means the model never left its
 * reasoning (e.g. cut by max_tokens).
 */
export function splitThink(raw: string, tags: ReasoningTags = THINK_TAGS): PartialOutput {
  const { open: OPEN, close: CLOSE } = tags;
  const close = raw.lastIndexOf(CLOSE);
  if (close < 0) {
    const lead = raw.trimStart();
    return lead.startsWith(OPEN)
      ? { text: '', reasoning: lead.slice(OPEN.length) }
      : { text: raw, reasoning: '' };
  }
  const before = raw.slice(0, close);
  const lead = before.trimStart();
  const reasoning = lead.startsWith(OPEN) ? lead.slice(OPEN.length) : before;
  return { text: raw.slice(close + CLOSE.length).trimStart(), reasoning };
}

/** Length of the longest proper prefix of `tag` that `s` ends with (a tag split across chunks). */
function heldTagLength(s: string, tag: string): number {
  // Per streamed token: most end with no '<' in reach, and need no further look.
  if (s.indexOf(tag[0], Math.max(0, s.length - tag.length + 1)) < 0) return 0;
  for (let k = Math.min(tag.length - 1, s.length); k > 0; k--) {
    if (s.endsWith(tag.slice(0, k))) return k;
  }
  return 0;
}

type Mode = 'start' | 'think' | 'after-close' | 'text';

/**
 * Splits streamed content into text and reasoning deltas as it arrives, holding back only
 * the few characters that might be the start of a tag split across chunks. It cannot
 * un-send text: when a `</think>` without an opening tag shows up late, the caller compares
 * `streamed` with `splitThink(raw)` at the end and replaces.
 */
export class ThinkSplitter {
  raw = '';
  readonly streamed: PartialOutput = { text: '', reasoning: '' };
  private pending = '';
  private mode: Mode = 'start';

  constructor(
    private readonly emit: (delta: StreamDelta) => void,
    private readonly tags: ReasoningTags = THINK_TAGS,
  ) {}

  push(chunk: string): void {
    this.raw += chunk;
    this.pending += chunk;
    this.drain(false);
  }

  /** Flushes what was held back; call once when the stream ends (or fails). */
  finish(): void {
    this.drain(true);
  }

  private out(type: StreamDelta['type'], delta: string): void {
    if (!delta) return;
    if (type === 'text') this.streamed.text += delta;
    else this.streamed.reasoning += delta;
    this.emit({ type, delta });
  }

  private drain(final: boolean): void {
    const { open: OPEN, close: CLOSE } = this.tags;
    while (this.pending) {
      if (this.mode === 'start') {
        const lead = this.pending.trimStart();
        if (lead.startsWith(OPEN)) {
          this.pending = lead.slice(OPEN.length);
          this.mode = 'think';
        } else if (!final && OPEN.startsWith(lead)) {
          return; // only whitespace or a partial `<think` so far: wait for more
        } else {
          this.mode = 'text';
        }
      } else if (this.mode === 'after-close') {
        // The answer starts at the first non-blank character after `</think>`.
        this.pending = this.pending.trimStart();
        if (this.pending) this.mode = 'text';
      } else {
        const type = this.mode === 'think' ? 'reasoning' : 'text';
        const close = this.pending.indexOf(CLOSE);
        if (close >= 0) {
          this.out(type, this.pending.slice(0, close));
          this.pending = this.pending.slice(close + CLOSE.length);
          this.mode = 'after-close';
          continue;
        }
        const keep = final ? 0 : heldTagLength(this.pending, CLOSE);
        this.out(type, this.pending.slice(0, this.pending.length - keep));
        this.pending = this.pending.slice(this.pending.length - keep);
        return;
      }
    }
  }
}
