import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamChat } from './client';
import { recorder } from './test-support';

/**
 * The upstream decoder reads the socket's bytes as they come, however the server cuts
 * them: here every byte of the body is its own write (UTF-8 characters split mid-way, CRLF
 * line ends, comments, `[DONE]` in the middle of a packet). The text must come out exact.
 */
const TEXT = 'Für alle ε > 0 gibt es δ — 证明 ∎ 🙂\n\n$\\sum_{k=1}^n k$ done.';
const REASONING = 'Erst überlegen: ∀x ∃y';

function body(): string {
  const pieces: Record<string, string>[] = [
    ...[...REASONING].map((c) => ({ reasoning_content: c })),
    ...[...TEXT].map((c) => ({ content: c })),
  ];
  const events = pieces.map(
    (delta) => `data: ${JSON.stringify({ choices: [{ index: 0, delta }] })}\r\n\r\n`,
  );
  events.splice(3, 0, ': keep-alive comment\r\n\r\n');
  events.push(
    `data: ${JSON.stringify({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`,
    'data: [DONE]\n\n',
  );
  return events.join('');
}

let server: Server;
let baseURL: string;
/** The client port of each request the server answered: which connection carried it. */
const ports: number[] = [];

beforeAll(async () => {
  server = createServer(async (req, res) => {
    ports.push(req.socket.remotePort ?? 0);
    for await (const _ of req) {
    }
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const bytes = Buffer.from(body());
    for (let i = 0; i < bytes.length; i++) {
      await new Promise<void>((r) => res.write(bytes.subarray(i, i + 1), () => r()));
    }
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function streamAndCheck(eagerReadMs?: number) {
  const rec = recorder();
  const result = await streamChat({
    config: { role: 'generator', baseURL, apiKey: '', model: 'm' },
    messages: [{ role: 'user', content: 'x' }],
    onDelta: rec.onDelta,
    eagerReadMs,
  });
  expect(result.finishReason).toBe('stop');
  expect(result.text).toBe(TEXT);
  expect(result.reasoning).toBe(REASONING);
  expect(rec.text()).toBe(TEXT);
  expect(rec.reasoning()).toBe(REASONING);
}

describe('the upstream SSE decoder', () => {
  it('gives byte-exact text and reasoning when every byte arrives on its own', () =>
    streamAndCheck());

  it('gives the same when the socket is read only on the tick (read-pacer)', () =>
    streamAndCheck(1));
});

describe('the streaming connections', () => {
  it('carries requests one after another on one connection, and concurrent ones on their own', async () => {
    ports.length = 0;
    await streamAndCheck(1);
    await streamAndCheck(1);
    expect(new Set(ports).size).toBe(1);
    ports.length = 0;
    await Promise.all([streamAndCheck(1), streamAndCheck(1), streamAndCheck(1)]);
    expect(new Set(ports).size).toBe(3);
  });
});
