import { describe, expect, it } from 'vitest';
import { buildChatRequest } from '../request-body';
import type { RoleConfig } from '../types';
import { mapUsage } from '../usage';
import { detectProvider, PROVIDER_IDS, providerProfile } from '.';
import type { ProviderId } from './types';

const messages = [{ role: 'user' as const, content: 'Prove it.' }];

function request(provider: ProviderId, model: string, extra: Partial<RoleConfig> = {}) {
  const config: RoleConfig = {
    role: 'generator',
    baseURL: 'http://127.0.0.1:1/v1',
    apiKey: 'k',
    model,
    provider,
    temperature: 0.6,
    maxTokens: 32000,
    ...extra,
  };
  return buildChatRequest(config, messages);
}

describe('auto detection by base-URL host', () => {
  it.each([
    ['https://api.openai.com/v1', 'openai'],
    ['https://api.deepseek.com', 'deepseek'],
    ['https://generativelanguage.googleapis.com/v1beta/openai/', 'gemini'],
    ['https://api.x.ai/v1', 'xai'],
    ['http://127.0.0.1:8000/v1', 'openai-compatible'],
    ['https://openrouter.ai/api/v1', 'openai-compatible'],
  ])('%s → %s', (url, id) => {
    expect(detectProvider(url)).toBe(id);
  });
});

describe('request mapping', () => {
  it('OpenAI GPT-5.x: max_completion_tokens, temperature dropped with a reason, effort passed', () => {
    const r = request('openai', 'gpt-5.2', { reasoningEffort: 'high' });
    expect(r.body.max_completion_tokens).toBe(32000);
    expect(r.body).not.toHaveProperty('max_tokens');
    expect(r.body).not.toHaveProperty('temperature');
    expect(r.body.reasoning_effort).toBe('high');
    expect(r.dropped).toEqual([
      expect.objectContaining({
        param: 'temperature',
        value: 0.6,
        reason: expect.stringMatching(/reasoning model/),
      }),
    ]);
  });

  it('OpenAI non-reasoning model keeps temperature and drops reasoning_effort', () => {
    const r = request('openai', 'gpt-4.1', { reasoningEffort: 'low' });
    expect(r.body.temperature).toBe(0.6);
    expect(r.body).not.toHaveProperty('reasoning_effort');
    expect(r.dropped.map((d) => d.param)).toEqual(['reasoning_effort']);
  });

  it('DeepSeek: max_tokens (max_completion_tokens is ignored there); reasoner drops temperature', () => {
    const r = request('deepseek', 'deepseek-reasoner');
    expect(r.body.max_tokens).toBe(32000);
    expect(r.body).not.toHaveProperty('max_completion_tokens');
    expect(r.body).not.toHaveProperty('temperature');
    expect(request('deepseek', 'deepseek-chat').body.temperature).toBe(0.6);
  });

  it('Gemini: only known fields, thought summaries asked for in extra_body', () => {
    const r = request('gemini', 'gemini-2.5-pro', { reasoningEffort: 'high' });
    expect(Object.keys(r.body).sort()).toEqual(
      [
        'extra_body',
        'max_tokens',
        'messages',
        'model',
        'reasoning_effort',
        'stream',
        'stream_options',
        'temperature',
      ].sort(),
    );
    expect(r.body.extra_body).toEqual({ google: { thinking_config: { include_thoughts: true } } });
  });

  it('xAI: Grok 4 refuses reasoning_effort, grok-3-mini takes it', () => {
    const grok4 = request('xai', 'grok-4', { reasoningEffort: 'high' });
    expect(grok4.body).not.toHaveProperty('reasoning_effort');
    expect(grok4.body.max_completion_tokens).toBe(32000);
    expect(grok4.body.temperature).toBe(0.6);
    expect(request('xai', 'grok-3-mini', { reasoningEffort: 'high' }).body.reasoning_effort).toBe(
      'high',
    );
    expect(providerProfile('xai').dropped('grok-4-1-fast-reasoning')).toHaveProperty('stop');
  });

  it.each(['vllm', 'sglang', 'llamacpp', 'ollama', 'lmstudio', 'openai-compatible'] as const)(
    '%s sends max_tokens and temperature as configured',
    (id) => {
      const r = request(id, 'deepseek-math-v2');
      expect(r.body.max_tokens).toBe(32000);
      expect(r.body.temperature).toBe(0.6);
      expect(r.body.stream_options).toEqual({ include_usage: true });
    },
  );

  it('sends nothing that was not configured', () => {
    for (const id of PROVIDER_IDS) {
      const r = request(id, 'm', { temperature: undefined, maxTokens: undefined });
      expect(r.body).not.toHaveProperty('temperature');
      expect(r.body).not.toHaveProperty('max_tokens');
      expect(r.body).not.toHaveProperty('max_completion_tokens');
    }
  });
});

describe('usage arithmetic', () => {
  it('OpenAI and DeepSeek count reasoning inside completion_tokens', () => {
    expect(
      mapUsage(
        {
          prompt_tokens: 100,
          completion_tokens: 900,
          prompt_tokens_details: { cached_tokens: 40 },
          completion_tokens_details: { reasoning_tokens: 600 },
        },
        'openai',
      ),
    ).toEqual({
      promptTokens: 100,
      cachedPromptTokens: 40,
      completionTokens: 900,
      reasoningTokens: 600,
    });
    expect(
      mapUsage(
        {
          prompt_tokens: 100,
          completion_tokens: 900,
          prompt_cache_hit_tokens: 64,
          prompt_cache_miss_tokens: 36,
          completion_tokens_details: { reasoning_tokens: 600 },
        },
        'deepseek',
      ),
    ).toMatchObject({ cachedPromptTokens: 64, completionTokens: 900, reasoningTokens: 600 });
  });

  it('xAI: output = completion + reasoning', () => {
    expect(
      mapUsage(
        {
          prompt_tokens: 10,
          completion_tokens: 300,
          completion_tokens_details: { reasoning_tokens: 700 },
        },
        'xai',
      ),
    ).toMatchObject({ completionTokens: 1000, reasoningTokens: 700 });
  });

  it('Gemini: thought tokens are total − prompt − completion, and billed as output', () => {
    expect(
      mapUsage({ prompt_tokens: 10, completion_tokens: 300, total_tokens: 1010 }, 'gemini'),
    ).toMatchObject({ completionTokens: 1000, reasoningTokens: 700 });
  });

  it('SGLang: top-level reasoning_tokens; vLLM: none reported', () => {
    expect(
      mapUsage({ prompt_tokens: 10, completion_tokens: 300, reasoning_tokens: 120 }, 'sglang'),
    ).toMatchObject({ completionTokens: 300, reasoningTokens: 120 });
    expect(mapUsage({ prompt_tokens: 10, completion_tokens: 300 }, 'vllm')).toMatchObject({
      completionTokens: 300,
      reasoningTokens: null,
    });
  });
});
