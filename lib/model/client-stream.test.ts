import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MOCK_GENERATION_ANSWER } from '@/scripts/mock-model/proof-texts';
import { startMockModelServer } from '@/scripts/mock-model/server';
import { streamChat } from './client';
import { type MockHandle, mockConfig, recorder, requestLog, reset } from './test-support';

const messages = [{ role: 'user' as const, content: 'Prove that 1 + 1 = 2.' }];
let server: MockHandle;

beforeAll(async () => {
  server = await startMockModelServer({ port: 0 });
});
afterAll(() => server.close());
beforeEach(() => reset(server));

async function run(model: string) {
  const rec = recorder();
  const onReplace = vi.fn();
  const result = await streamChat({
    config: mockConfig(server, model),
    messages,
    onDelta: rec.onDelta,
    onReplace,
  });
  return { rec, onReplace, result };
}

describe('streamChat: a healthy stream', () => {
  it('streams reasoning first, then the answer text, and returns both', async () => {
    const { rec, onReplace, result } = await run('mock:tps=0');
    const firstText = rec.deltas.findIndex((d) => d.type === 'text');
    const lastReasoning = rec.deltas.findLastIndex((d) => d.type === 'reasoning');
    expect(lastReasoning).toBeGreaterThanOrEqual(0);
    expect(lastReasoning).toBeLessThan(firstText);
    expect(rec.deltas.length).toBeGreaterThan(100); // many small chunks, not one blob
    expect(result.text).toBe(MOCK_GENERATION_ANSWER);
    expect(rec.text()).toBe(result.text);
    expect(rec.reasoning()).toBe(result.reasoning);
    expect(result.reasoning).toMatch(/termwise/);
    expect(result.finishReason).toBe('stop');
    expect(onReplace).not.toHaveBeenCalled();
  });

  it('reads usage from the last chunk, reasoning tokens included', async () => {
    const { result } = await run('mock:tps=0');
    expect(result.usage?.promptTokens).toBeGreaterThan(0);
    expect(result.usage?.completionTokens).toBeGreaterThan(100);
    expect(result.usage?.reasoningTokens).toBeGreaterThan(0);
    const [entry] = await requestLog(server);
    expect(entry.params.stream_options).toEqual({ include_usage: true });
  });

  it('sends temperature / top_p / max_tokens only when configured', async () => {
    await run('mock:tps=0');
    await streamChat({
      config: { ...mockConfig(server), temperature: 0.7, topP: 0.9, maxTokens: 5000 },
      messages,
      onDelta: () => {},
    });
    const [bare, tuned] = await requestLog(server);
    expect(bare.params).not.toHaveProperty('temperature');
    expect(bare.params).not.toHaveProperty('top_p');
    expect(bare.params).not.toHaveProperty('max_tokens');
    expect(tuned.params).toMatchObject({ temperature: 0.7, top_p: 0.9, max_tokens: 5000 });
  });

  it('accepts reasoning in delta.reasoning (vLLM ≥0.11, Ollama)', async () => {
    const { rec, result } = await run('mock-reasoning-field:tps=0');
    expect(result.reasoning).toMatch(/termwise/);
    expect(rec.reasoning()).toBe(result.reasoning);
    expect(result.text).toBe(MOCK_GENERATION_ANSWER);
  });

  it('splits <think>…</think> in content, tags cut across chunks', async () => {
    const { rec, onReplace, result } = await run('mock-think-tags:tps=0');
    expect(result.text).toBe(MOCK_GENERATION_ANSWER);
    expect(result.reasoning).toMatch(/^We need to prove/);
    expect(result.reasoning).not.toContain('think>');
    expect(rec.text()).toBe(result.text);
    expect(rec.reasoning()).toBe(result.reasoning);
    expect(rec.deltas.some((d) => d.delta.includes('<') || d.delta.includes('think>'))).toBe(false);
    expect(onReplace).not.toHaveBeenCalled();
  });

  it('splits on the last </think> when there was no opening tag, via onReplace', async () => {
    const { rec, onReplace, result } = await run('mock-think-unopened:tps=0');
    expect(result.text).toBe(MOCK_GENERATION_ANSWER);
    expect(result.reasoning).toMatch(/^We need to prove/);
    // It could only be known at the end: the reasoning went out as text first.
    expect(rec.text().startsWith('We need to prove')).toBe(true);
    expect(onReplace).toHaveBeenCalledTimes(1);
    expect(onReplace).toHaveBeenCalledWith({ text: result.text, reasoning: result.reasoning });
  });

  it("returns a 'length' finish with the truncated text rather than throwing", async () => {
    const { result } = await run('mock-length:tps=0');
    expect(result.finishReason).toBe('length');
    expect(result.text.length).toBeGreaterThan(50);
    expect(result.text.length).toBeLessThan(MOCK_GENERATION_ANSWER.length);
    expect(MOCK_GENERATION_ANSWER.startsWith(result.text)).toBe(true);
  });
});
