import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generationMessages } from '@/lib/prompts/generate';
import { verificationMessages } from '@/lib/prompts/verify';
import { MOCK_PROBLEM, MOCK_PROOF } from './proof-texts';
import { type MockModelServer, startMockModelServer } from './server';

let server: MockModelServer;
beforeAll(async () => {
  server = await startMockModelServer({ port: 0 });
});
afterAll(() => server.close());

const post = (path: string, body: unknown) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

async function content(messages: unknown): Promise<string> {
  const res = await post('/v1/chat/completions', { model: 'mock', messages, stream: false });
  return (await res.json()).choices[0].message.content;
}

describe('mock model server: verbatim content', () => {
  it('answers generations with the given text, exactly, and nothing else changes', async () => {
    const text = '## Solution\n\n<img src=x onerror=alert(1)> \\(x\\)\n\n$$\\frac12$$';
    expect((await post('/__control', { scenario: 'default', content: text, tps: 0 })).ok).toBe(
      true,
    );
    expect(await content(generationMessages(MOCK_PROBLEM))).toBe(text);
    expect(await content(verificationMessages(MOCK_PROBLEM, MOCK_PROOF))).not.toBe(text);
    await post('/__control', { content: null });
    expect(await content(generationMessages(MOCK_PROBLEM))).not.toBe(text);
  });

  it('refuses content that is not a string', async () => {
    const res = await post('/__control', { content: 42 });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/content must be a string/);
  });
});
