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
  it("reports the profile, the answer, the reasoning and a run's parameters", async () => {
    const report = await testConnection({
      ...mockConfig(server, 'mock:tps=0'),
      provider: 'vllm',
      temperature: 0.7,
      maxTokens: 64000,
    });
    expect(report).toMatchObject({
      ok: true,
      provider: 'vllm',
      reasoningArrived: true,
      sent: { temperature: 0.7, max_tokens: 1024 },
      dropped: [],
    });
    if (report.ok) expect(report.answer.length).toBeGreaterThan(0);
    const last = (await requestLog(server)).at(-1);
    expect(last?.params).toMatchObject({ stream: true, temperature: 0.7, max_tokens: 1024 });
  });

  it('names the parameters the profile drops', async () => {
    const report = await testConnection({
      ...mockConfig(server, 'gpt-5.2'),
      provider: 'openai',
      temperature: 0.7,
    });
    expect(report.dropped).toEqual([expect.objectContaining({ param: 'temperature', value: 0.7 })]);
    expect(report.sent).toMatchObject({ max_completion_tokens: 1024 });
    expect(report.sent).not.toHaveProperty('temperature');
  });

  it("reports the server's error message", async () => {
    const report = await testConnection(mockConfig(server, 'mock-401'));
    expect(report.ok).toBe(false);
    if (!report.ok) {
      expect(report.error).toMatch(
        /^Model server returned 401: Incorrect API key provided \(mock scenario 401\)\. — Check the API key/,
      );
    }
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
      error: 'The model server refused the connection (ECONNREFUSED). Is it running?',
    });
  });
});
