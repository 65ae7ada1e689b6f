import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockModelServer } from '@/scripts/mock-model/server';
import { isModelError, type ModelError, streamChat } from './client';
import { caught, control, type MockHandle, recorder, requestLog, reset } from './test-support';
import type { RoleConfig } from './types';

let server: MockHandle;
beforeAll(async () => {
  server = await startMockModelServer({ port: 0 });
});
afterAll(() => server.close());

const messages = [{ role: 'user' as const, content: 'Prove that 1 + 1 = 2.' }];

function config(extra: Partial<RoleConfig>): RoleConfig {
  return { role: 'generator', baseURL: server.baseURL, apiKey: 'k', model: 'm', ...extra };
}

async function failure(cfg: RoleConfig, rec = recorder()): Promise<ModelError> {
  const err = await caught(
    streamChat({ config: cfg, messages, onDelta: rec.onDelta, maxRetries: 2, retryBaseMs: 1 }),
  );
  if (!isModelError(err)) throw err;
  return err;
}

describe('refusals reach the user in the provider own words, with what to do', () => {
  it('OpenAI: max_tokens to GPT-5.x (a wrong profile) is a 400 naming max_completion_tokens', async () => {
    await reset(server);
    await control(server, { profile: 'openai', tps: 0 });
    const err = await failure(
      config({ model: 'gpt-5.2', provider: 'openai-compatible', maxTokens: 1000 }),
    );
    expect(err.status).toBe(400);
    expect(err.message).toContain("Use 'max_completion_tokens' instead");
    expect(err.message).toContain('PROOFDESK_PROVIDER');
    expect(err.retryable).toBe(false);
  });

  it("Gemini: an array-wrapped error body is read, not reduced to 'no body'", async () => {
    await reset(server);
    await control(server, { profile: 'gemini', scenario: 'overflow' });
    const err = await failure(config({ provider: 'gemini', model: 'gemini-2.5-pro' }));
    expect(err.status).toBe(400);
    expect(err.message).toContain("This model's maximum context length is 32768 tokens");
    expect(err.message).not.toMatch(/no body|no error message/);
  });

  it('the scripted Gemini refuses a field it does not know, as Gemini does', async () => {
    await reset(server);
    await control(server, { profile: 'gemini', tps: 0 });
    const res = await fetch(`${server.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gemini-2.5-pro', messages, top_k: 5, stream: true }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual([
      {
        error: expect.objectContaining({
          status: 'INVALID_ARGUMENT',
          message: expect.stringContaining('Unknown name "top_k"'),
        }),
      },
    ]);
  });

  it('xAI: reasoning_effort to Grok 4 through a wrong profile is its {code, error} message', async () => {
    await reset(server);
    await control(server, { profile: 'xai', tps: 0 });
    const err = await failure(
      config({ model: 'grok-4', provider: 'openai-compatible', reasoningEffort: 'high' }),
    );
    expect(err.message).toBe(
      'Model server returned 400: Model grok-4 does not support parameter reasoning_effort. — The server refused a request field: check PROOFDESK_PROVIDER (the settings page shows what is sent).',
    );
    // …and the right profile drops it, so the same settings work.
    const ok = await streamChat({
      config: config({ model: 'grok-4', provider: 'xai', reasoningEffort: 'high' }),
      messages,
      onDelta: () => {},
    });
    expect(ok.finishReason).toBe('stop');
  });
});

describe('streams that end wrongly are failures, with the partial text kept', () => {
  it('no finish_reason: fails after output, keeping the text', async () => {
    await reset(server);
    await control(server, { profile: 'vllm', scenario: 'no-finish', tps: 0 });
    const rec = recorder();
    const err = await failure(config({ provider: 'vllm' }), rec);
    expect(err.kind).toBe('cut');
    expect(err.partial.text).toContain('## Solution');
    expect(err.partial.text).toBe(rec.text());
  });

  it('a 200 JSON error body answering a stream request fails with its message, unretried', async () => {
    await reset(server);
    await control(server, { profile: 'xai', scenario: 'json-200', tps: 0 });
    const err = await failure(config({ provider: 'xai', model: 'grok-4' }));
    expect(err.message).toBe(
      'Model server answered with an error instead of a stream: The service is currently unavailable (mock scenario json-200).',
    );
    expect((await requestLog(server)).length).toBe(1);
  });

  it('a mid-stream data: {"error": …} fails with the message, partial text kept', async () => {
    await reset(server);
    await control(server, { profile: 'vllm', scenario: 'midstream-error', tps: 0 });
    const err = await failure(config({ provider: 'vllm' }));
    expect(err.message).toContain('The engine died while generating');
    expect(err.partial.reasoning.length + err.partial.text.length).toBeGreaterThan(0);
  });

  it('402 Insufficient Balance says so and is not retried', async () => {
    await reset(server);
    await control(server, { profile: 'deepseek', scenario: '402' });
    const err = await failure(config({ provider: 'deepseek', model: 'deepseek-reasoner' }));
    expect(err.status).toBe(402);
    expect(err.message).toMatch(/^Model server returned 402: Insufficient Balance — .*top up/);
    expect((await requestLog(server)).length).toBe(1);
  });

  it('a context overflow (SGLang flat body) suggests a lower PROOFDESK_MAX_TOKENS', async () => {
    await reset(server);
    await control(server, { profile: 'sglang', scenario: 'overflow' });
    const err = await failure(config({ provider: 'sglang', maxTokens: 64000 }));
    expect(err.message).toContain("This model's maximum context length is 32768 tokens");
    expect(err.message).toContain('set a lower PROOFDESK_MAX_TOKENS (now 64000)');
  });

  it('a queued DeepSeek stream: keep-alives for 9× the idle timeout, then the answer', async () => {
    // 90 s of keep-alives against a 10 s idle timeout, scaled down ~33× (keep-alive every 20 ms).
    await reset(server);
    await control(server, {
      profile: 'deepseek',
      scenario: 'silent',
      silenceMs: 2700,
      keepaliveMs: 20,
      tps: 0,
    });
    const rec = recorder();
    const result = await streamChat({
      config: config({ provider: 'deepseek', model: 'deepseek-reasoner' }),
      messages,
      onDelta: rec.onDelta,
      idleTimeoutMs: 300,
      maxRetries: 0,
    });
    expect(result.finishReason).toBe('stop');
    expect(result.reasoning.length).toBeGreaterThan(0);
    expect(result.usage?.cachedPromptTokens).toBeGreaterThan(0);
  });
});
