import { createParser } from 'eventsource-parser';

export type DirectResult = {
  /** From just before the request to the first content token parsed, in ms. */
  firstTokenMs: number;
  /** From just before the request to the arrival of content character `untilChar`, in ms. */
  totalMs: number;
  /** From just before the request to `[DONE]`, in ms. */
  doneMs: number;
  text: string;
  /** Deltas that carried text (content or reasoning): the tokens streamed. */
  chunks: number;
};

const now = () => performance.timeOrigin + performance.now();

/**
 * Path (a) of the streaming benchmark: the least a client can do — one streamed
 * chat-completions request read straight from the model server, content assembled.
 * What Proofdesk adds is measured against this.
 */
export async function readDirect(
  baseURL: string,
  model: string,
  untilChar: number,
): Promise<DirectResult> {
  const t0 = now();
  const res = await fetch(`${baseURL}/chat/completions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      model,
      stream: true,
      messages: [{ role: 'user', content: 'Prove that a_n <= 2^n + n.' }],
    }),
  });
  if (!res.ok || !res.body) throw new Error(`model server answered ${res.status}`);
  let first = 0;
  let done = 0;
  let reached = 0;
  let text = '';
  let chunks = 0;
  const parser = createParser({
    onEvent(e) {
      if (e.data === '[DONE]') {
        done = now();
        return;
      }
      const delta = JSON.parse(e.data).choices?.[0]?.delta ?? {};
      if (delta.content || delta.reasoning_content || delta.reasoning) chunks++;
      if (typeof delta.content === 'string' && delta.content) {
        if (!first) first = now();
        text += delta.content;
        if (!reached && text.length >= untilChar) reached = now();
      }
    },
  });
  const decoder = new TextDecoder();
  const reader = res.body.getReader();
  for (;;) {
    const { done: ended, value } = await reader.read();
    if (ended) break;
    parser.feed(decoder.decode(value, { stream: true }));
  }
  if (!done) throw new Error('the stream ended without [DONE]');
  return { firstTokenMs: first - t0, totalMs: reached - t0, doneMs: done - t0, text, chunks };
}
