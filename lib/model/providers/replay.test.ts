import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockModelServer } from '@/scripts/mock-model/server';
import { streamChat } from '../client';
import { control, type MockHandle, recorder, requestLog, reset } from '../test-support';
import type { RoleConfig } from '../types';
import type { ProviderId } from './types';

/** Each profile as a user would configure it, served in that provider's recorded shape. */
const CASES: {
  provider: ProviderId;
  model: string;
  streamsReasoning: boolean;
  reportsReasoning: boolean;
}[] = [
  { provider: 'openai', model: 'gpt-5.2', streamsReasoning: false, reportsReasoning: true },
  {
    provider: 'deepseek',
    model: 'deepseek-reasoner',
    streamsReasoning: true,
    reportsReasoning: true,
  },
  { provider: 'gemini', model: 'gemini-2.5-pro', streamsReasoning: true, reportsReasoning: true },
  { provider: 'xai', model: 'grok-4', streamsReasoning: false, reportsReasoning: true },
  { provider: 'vllm', model: 'deepseek-math-v2', streamsReasoning: true, reportsReasoning: false },
  { provider: 'sglang', model: 'deepseek-math-v2', streamsReasoning: true, reportsReasoning: true },
  { provider: 'llamacpp', model: 'qwen3', streamsReasoning: true, reportsReasoning: false },
  { provider: 'ollama', model: 'gpt-oss:20b', streamsReasoning: true, reportsReasoning: false },
  { provider: 'lmstudio', model: 'qwen3', streamsReasoning: true, reportsReasoning: false },
  { provider: 'openai-compatible', model: 'any', streamsReasoning: true, reportsReasoning: true },
];

let server: MockHandle;
beforeAll(async () => {
  server = await startMockModelServer({ port: 0 });
});
afterAll(() => server.close());

const messages = [
  { role: 'user' as const, content: 'Prove that the sum of two even numbers is even.' },
];

describe.each(CASES)(
  '$provider replay',
  ({ provider, model, streamsReasoning, reportsReasoning }) => {
    it('is not refused, routes reasoning, and reports usage the provider way', async () => {
      await reset(server);
      await control(server, { profile: provider, tps: 0 });
      const config: RoleConfig = {
        role: 'generator',
        baseURL: server.baseURL,
        apiKey: 'k',
        model,
        provider,
        temperature: 0.7,
        maxTokens: 60000,
        reasoningEffort: 'high',
      };
      const rec = recorder();
      const result = await streamChat({ config, messages, onDelta: rec.onDelta, maxRetries: 0 });
      expect(result.finishReason).toBe('stop');
      expect(result.text).toContain('## Solution');
      expect(result.text).not.toMatch(/<\/?thought>|<\/?think>/);
      expect(result.reasoning.length > 0).toBe(streamsReasoning);
      const [entry] = (await requestLog(server)) as unknown as {
        status: number;
        served: { prompt: number; cached: number; answer: number; reasoning: number };
      }[];
      expect(entry.status).toBe(200);
      const served = entry.served;
      expect(result.usage).toMatchObject({
        promptTokens: served.prompt,
        cachedPromptTokens: served.cached,
        completionTokens: served.answer + served.reasoning,
        reasoningTokens: reportsReasoning ? served.reasoning : null,
        model,
        provider,
      });
    });
  },
);
