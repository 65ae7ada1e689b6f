import { type ReasoningTags, splitThink, THINK_TAGS, ThinkSplitter } from './think-splitter';
import type { PartialOutput, StreamDelta } from './types';

/** Marks an exception thrown by the caller's own callback, so it is not mistaken for a server fault. */
export class CallbackError extends Error {
  constructor(readonly original: unknown) {
    super('a stream callback threw');
  }
}

/**
 * Everything one attempt produced: reasoning from `reasoning_content`/`reasoning` deltas and
 * content that may itself carry `<think>` tags. Knows whether anything reached the caller
 * (after that, a retry would duplicate output, so failures become 'cut').
 */
export class StreamOutput {
  emitted = false;
  private fieldReasoning = '';
  private readonly splitter: ThinkSplitter;

  constructor(
    private readonly onDelta: (delta: StreamDelta) => void,
    private readonly tags: ReasoningTags = THINK_TAGS,
  ) {
    this.splitter = new ThinkSplitter((delta) => this.send(delta), tags);
  }

  reasoningField(delta: string): void {
    if (!delta) return;
    this.fieldReasoning += delta;
    this.send({ type: 'reasoning', delta });
  }

  content(delta: string): void {
    if (delta) this.splitter.push(delta);
  }

  /**
   * Flushes held-back characters and returns the final split. Calls `onReplace` when that
   * split differs from what went out as deltas, so the caller can correct what it stored.
   */
  finish(onReplace?: (final: PartialOutput) => void): PartialOutput {
    this.splitter.finish();
    const split = splitThink(this.splitter.raw, this.tags);
    const final = { text: split.text, reasoning: this.fieldReasoning + split.reasoning };
    const streamed = this.splitter.streamed;
    const same =
      streamed.text === final.text && this.fieldReasoning + streamed.reasoning === final.reasoning;
    if (!same && onReplace) {
      try {
        onReplace(final);
      } catch (err) {
        throw new CallbackError(err);
      }
    }
    return final;
  }

  private send(delta: StreamDelta): void {
    this.emitted = true;
    try {
      this.onDelta(delta);
    } catch (err) {
      throw new CallbackError(err);
    }
  }
}
