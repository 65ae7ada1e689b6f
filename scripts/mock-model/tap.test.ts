import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generationMessages } from '@/lib/prompts/generate';
import { MOCK_PROBLEM } from './proof-texts';
import { type MockModelServer, startMockModelServer } from './server';

let server: MockModelServer;
beforeAll(async () => {
  server = await startMockModelServer({ port: 0 });
});
afterAll(() => server.close());
beforeEach(async () => {
  await fetch(`${server.url}/__reset`, { method: 'POST' });
});

function chat(model: string, problem = MOCK_PROBLEM, signal?: AbortSignal) {
  return fetch(`${server.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ model, messages: generationMessages(problem), stream: true }),
    signal,
  });
}

/** Subscribes a tap; resolves once the server has registered it (its headers arrived). */
async function tap(match = '', signal?: AbortSignal) {
  const res = await fetch(`${server.url}/__tap?match=${encodeURIComponent(match)}`, { signal });
  expect(res.status).toBe(200);
  return res;
}

/** Reads a body incrementally: `until` the text so far satisfies a condition, or to its end. */
function bodyReader(res: Response) {
  const reader = res.body?.getReader();
  if (!reader) throw new Error('no body');
  const decoder = new TextDecoder();
  let text = '';
  return {
    get text() {
      return text;
    },
    async until(done: (text: string) => boolean): Promise<string> {
      while (!done(text)) {
        const { done: ended, value } = await reader.read();
        if (ended) break;
        text += decoder.decode(value, { stream: true });
      }
      return text;
    },
    all(): Promise<string> {
      return this.until(() => false);
    },
  };
}

describe('mock model server: GET /__tap (bench:stream)', () => {
  it('gives the tap the exact body of the next chat response', async () => {
    const copy = bodyReader(await tap());
    const original = await (await chat('mock:tps=2000')).text();
    expect(original).toMatch(/data: \[DONE\]\n\n$/);
    expect(await copy.all()).toBe(original);
  });

  it('streams live: the tap has the first half while the response is still held open', async () => {
    const stop = new AbortController();
    const copy = bodyReader(await tap());
    const res = await chat('mock:tps=0,holdAt=0.5', MOCK_PROBLEM, stop.signal);
    const original = bodyReader(res);
    // The response holds mid-proof until its client leaves: whatever the tap has by now was
    // copied as it was written, not replayed at the end.
    const contentChunks = (t: string) => (t.match(/"content":"[^"]/g) ?? []).length;
    const seen = await copy.until((t) => contentChunks(t) >= 20);
    expect(seen).not.toContain('[DONE]');
    await original.until((t) => t.length >= seen.length);
    expect(original.text.startsWith(seen)).toBe(true);
    stop.abort();
    // The client left, so the response was cut short: so is the tap (an error, not a clean end).
    await expect(copy.all()).rejects.toThrow();
  });

  it('takes only the response whose prompt contains `match`; others are served as usual', async () => {
    const copy = bodyReader(await tap('[[tag:wanted]]'));
    const other = await (await chat('mock:tps=0')).text();
    const wanted = await (await chat('mock:tps=0', `[[tag:wanted]] ${MOCK_PROBLEM}`)).text();
    expect(other).toMatch(/\[DONE\]/);
    expect(await copy.all()).toBe(wanted);
  });

  it('a tap whose reader left takes nothing: the next tap gets the next response', async () => {
    const gone = new AbortController();
    await tap('', gone.signal);
    gone.abort();
    const copy = bodyReader(await tap());
    const original = await (await chat('mock:tps=0')).text();
    expect(await copy.all()).toBe(original);
  });
});
