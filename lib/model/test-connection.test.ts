import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockModelServer } from '@/scripts/mock-model/server';
import { testConnection } from './client';
import { closedPort, type MockHandle, mockConfig, requestLog } from './test-support';

let server: MockHandle;
beforeAll(async () => {
  server = await startMockModelServer({ port: 0 });
});
afterAll(() => server.close());

describe('testConnection', () => {
  it('reports latency and the model on success, with a one-token request', async () => {
    const report = await testConnection(mockConfig(server, 'mock'));
    expect(report).toMatchObject({ ok: true, model: 'mock' });
    expect(report.latencyMs).toBeGreaterThanOrEqual(0);
    const last = (await requestLog(server)).at(-1);
    expect(last?.params).toMatchObject({ max_tokens: 1 });
  });

  it("reports the server's error message", async () => {
    const report = await testConnection(mockConfig(server, 'mock-401'));
    expect(report).toMatchObject({
      ok: false,
      error: 'Model server returned 401: Incorrect API key provided (mock scenario 401).',
    });
  });

  it('lists the served models when the model name is wrong', async () => {
    const report = await testConnection(mockConfig(server, 'mock-typo'));
    expect(report.ok).toBe(false);
    if (!report.ok) {
      expect(report.error).toMatch(
        /^Model server returned 404: The model `mock-typo` does not exist/,
      );
      expect(report.error).toContain('models on this server: mock, mock-slow');
    }
  });

  it('reports a refused connection', async () => {
    const port = await closedPort();
    const report = await testConnection({
      ...mockConfig(server),
      baseURL: `http://127.0.0.1:${port}/v1`,
    });
    expect(report).toMatchObject({
      ok: false,
      error: `Model server at 127.0.0.1:${port} refused the connection (ECONNREFUSED). Is it running?`,
    });
  });
});
