import { createParser } from 'eventsource-parser';

/** What a raw reader of one chat-completions stream saw, times in epoch ms (see `now`). */
export type ChatStreamRead = {
  /** First body bytes (the server's answer began). */
  firstByteAt: number;
  /** First content token parsed (after the reasoning). */
  firstContentAt: number;
  /**
   * First token past content character `fromChar`: the first one the editor can show (it
   * shows the proof's body, without the `## Solution` heading before it).
   */
  firstTokenAt: number;
  /** Arrival of content character `untilChar`: the proof's last token. */
  reachedAt: number;
  /** `[DONE]`. */
  doneAt: number;
  /** The content, assembled. */
  text: string;
  /** Deltas that carried text (content or reasoning): the tokens streamed. */
  chunks: number;
};

/**
 * The least a client can do with a streamed chat completion: parse the SSE, assemble
 * `delta.content`, timestamp the first token that goes past character `fromChar` and the
 * token that completes character `untilChar`. Shared by both raw readers of bench:stream (a request of its own, or the tap
 * on the app's request) so they parse exactly alike. `now` must be
 * `performance.timeOrigin + performance.now()`: epoch ms with sub-ms precision, the clock the
 * browser probe uses too.
 */
export function chatStreamReader(
  { fromChar, untilChar }: { fromChar: number; untilChar: number },
  now: () => number,
) {
  const read: ChatStreamRead = {
    firstByteAt: 0,
    firstContentAt: 0,
    firstTokenAt: 0,
    reachedAt: 0,
    doneAt: 0,
    text: '',
    chunks: 0,
  };
  const parser = createParser({
    onEvent(e) {
      if (e.data === '[DONE]') {
        read.doneAt = now();
        return;
      }
      const delta = JSON.parse(e.data).choices?.[0]?.delta ?? {};
      if (delta.content || delta.reasoning_content || delta.reasoning) read.chunks++;
      if (typeof delta.content === 'string' && delta.content) {
        read.firstContentAt ||= now();
        read.text += delta.content;
        if (!read.firstTokenAt && read.text.length > fromChar) read.firstTokenAt = now();
        if (!read.reachedAt && read.text.length >= untilChar) read.reachedAt = now();
      }
    },
  });
  const decoder = new TextDecoder();
  return {
    feed(bytes: Uint8Array): void {
      read.firstByteAt ||= now();
      parser.feed(decoder.decode(bytes, { stream: true }));
    },
    /** Reads a whole body into this reader; throws if it ended without `[DONE]`. */
    async drain(body: ReadableStream<Uint8Array>): Promise<ChatStreamRead> {
      const reader = body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        this.feed(value);
      }
      if (!read.doneAt) throw new Error('the stream ended without [DONE]');
      return read;
    },
  };
}
