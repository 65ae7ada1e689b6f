import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MOCK_GENERATION_ANSWER } from '@/scripts/mock-model/proof-texts';
import { startMockModelServer } from '@/scripts/mock-model/server';
import { ModelError, streamChat } from './client';
import {
  caught,
  closedPort,
  control,
  type MockHandle,
  mockConfig,
  recorder,
  requestLog,
  reset,
} from './test-support';
import type { RetryInfo, StreamOptions } from './types';

const messages = [{ role: 'user' as const, content: 'Prove that 1 + 1 = 2.' }];
let server: MockHandle;

beforeAll(async () => {
  server = await startMockModelServer({ port: 0 });
});
afterAll(() => server.close());
beforeEach(() => reset(server));

function options(model: string, extra: Partial<StreamOptions> = {}): StreamOptions {
  return { config: mockConfig(server, model), messages, onDelta: () => {}, ...extra };
}

async function failure(opts: StreamOptions): Promise<ModelError> {
  const err = await caught(streamChat(opts));
  expect(err).toBeInstanceOf(ModelError);
  return err as ModelError;
}

describe('streamChat: retries before any output', () => {
  it('retries 429 twice honouring Retry-After, then succeeds', async () => {
    await control(server, { scenario: '429' });
    const retries: RetryInfo[] = [];
    const result = await streamChat(options('mock:tps=0', { onRetry: (r) => retries.push(r) }));
    expect(result.text).toBe(MOCK_GENERATION_ANSWER);
    expect(retries.map((r) => r.attempt)).toEqual([1, 2]);
    for (const r of retries) {
      expect(r.delayMs).toBeGreaterThanOrEqual(1000);
      expect(r.reason).toMatch(/429/);
    }
    expect((await requestLog(server)).map((e) => e.status)).toEqual([429, 429, 200]);
  });

  it('gives up on 500 after bounded retries with the server message', async () => {
    const retries: RetryInfo[] = [];
    const err = await failure(
      options('mock-500', { maxRetries: 2, retryBaseMs: 5, onRetry: (r) => retries.push(r) }),
    );
    expect(err.kind).toBe('http');
    expect(err.status).toBe(500);
    expect(err.retryable).toBe(true);
    expect(err.message).toBe(
      'Model server returned 500: The mock model server had an internal error (scenario 500).',
    );
    expect(retries).toHaveLength(2);
    expect(await requestLog(server)).toHaveLength(3);
  });

  it('does not retry a 401 and never shows the key', async () => {
    const err = await failure(options('mock-401', { retryBaseMs: 5 }));
    expect(err.kind).toBe('http');
    expect(err.status).toBe(401);
    expect(err.message).toMatch(/^Model server returned 401: Incorrect API key/);
    expect(err.message).not.toContain('test-key-123');
    expect(await requestLog(server)).toHaveLength(1);
  });

  it('reports a refused connection clearly', async () => {
    const port = await closedPort();
    const config = { ...mockConfig(server), baseURL: `http://127.0.0.1:${port}/v1` };
    const retries: RetryInfo[] = [];
    const err = await failure({
      ...options('mock'),
      config,
      maxRetries: 1,
      retryBaseMs: 5,
      onRetry: (r) => retries.push(r),
    });
    expect(err.kind).toBe('network');
    expect(err.message).toBe(
      'The model server refused the connection (ECONNREFUSED). Is it running?',
    );
    expect(retries).toHaveLength(1);
  });
});

describe('streamChat: failures after output started', () => {
  it("turns a mid-stream disconnect into 'cut' with the partial text, without retrying", async () => {
    const rec = recorder();
    const err = await failure(options('mock-cut:tps=0', { onDelta: rec.onDelta, retryBaseMs: 5 }));
    expect(err.kind).toBe('cut');
    expect(err.partial.text.length).toBeGreaterThan(100);
    expect(MOCK_GENERATION_ANSWER.startsWith(err.partial.text)).toBe(true);
    expect(err.partial.text).toBe(rec.text());
    expect(err.partial.reasoning).toMatch(/termwise/);
    expect(await requestLog(server)).toHaveLength(1);
  });

  it("reports a malformed chunk as 'malformed' with the partial text", async () => {
    const rec = recorder();
    const err = await failure(options('mock-garbage:tps=0', { onDelta: rec.onDelta }));
    expect(err.kind).toBe('malformed');
    expect(err.partial.text.length).toBeGreaterThan(100);
    expect(err.partial.text).toBe(rec.text());
  });
});

describe('streamChat: timeouts and Stop', () => {
  it('times out after idleTimeoutMs of silence', async () => {
    // The model would answer after 30 s; the client gives up long before, on its own timer.
    const err = await failure(
      options('mock-silent:tps=0,silenceMs=30000', { idleTimeoutMs: 500, retryBaseMs: 5 }),
    );
    expect(err.kind).toBe('idle-timeout');
    expect(err.message).toMatch(/sent nothing for 500 ms/);
  });

  it('waits through a silence shorter than the idle timeout', async () => {
    const result = await streamChat(
      options('mock-silent:tps=0,silenceMs=1000', { idleTimeoutMs: 3000 }),
    );
    expect(result.text).toBe(MOCK_GENERATION_ANSWER);
  });

  it('counts SSE keepalive comments as activity', async () => {
    const result = await streamChat(
      options('mock-silent:tps=0,silenceMs=1500,keepaliveMs=150', { idleTimeoutMs: 500 }),
    );
    expect(result.text).toBe(MOCK_GENERATION_ANSWER);
  });

  it('stops at the overall deadline with the partial kept', async () => {
    const err = await failure(options('mock-slow:tps=100', { deadlineMs: 800 }));
    expect(err.kind).toBe('deadline');
    expect(err.partial.reasoning.length + err.partial.text.length).toBeGreaterThan(0);
  });

  it('aborts the upstream request on Stop, keeping the partial', async () => {
    const controller = new AbortController();
    const rec = recorder();
    const onDelta = (d: Parameters<typeof rec.onDelta>[0]) => {
      rec.onDelta(d);
      if (d.type === 'text' && !controller.signal.aborted) controller.abort();
    };
    // At 20 tokens/s the scripted answer takes far longer than the test's timeout: only an
    // abort can end this request in time.
    const err = await failure(options('mock-slow:tps=20', { onDelta, signal: controller.signal }));
    expect(err.kind).toBe('aborted');
    expect(err.partial.text).toBe(rec.text());
    expect(err.partial.text.length).toBeGreaterThan(0);
    expect(err.partial.reasoning).toMatch(/termwise/);

    // The server sees the connection closed by the client, not a finished answer.
    await expect
      .poll(async () => (await requestLog(server))[0].closedByClient, { timeout: 10_000 })
      .toBe(true);
    expect((await requestLog(server))[0].completed).toBe(false);
  });

  it('aborts immediately when the signal is already aborted', async () => {
    const err = await failure(options('mock', { signal: AbortSignal.abort() }));
    expect(err.kind).toBe('aborted');
  });
});
