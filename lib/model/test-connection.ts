import 'server-only';
import { toModelError } from './error-mapping';
import { createOpenAIClient } from './openai-client';
import type { RoleConfig } from './types';
import { StopReason } from './watchdog';

export type ConnectionReport =
  | { ok: true; latencyMs: number; model: string }
  | { ok: false; latencyMs: number; error: string };

/**
 * Checks a role's endpoint with the smallest real request: a one-token, non-streamed chat
 * completion. Unlike `models.list()` it proves the key, the model name and the chat route
 * all work on every server we target (vLLM, SGLang, Ollama, llama.cpp, DeepSeek).
 * A first request may load the model (Ollama), hence the generous default timeout.
 */
export async function testConnection(
  config: RoleConfig,
  timeoutMs = 60_000,
): Promise<ConnectionReport> {
  const started = Date.now();
  const controller = new AbortController();
  const timer = setTimeout(
    () =>
      controller.abort(
        new StopReason(
          'idle-timeout',
          `No answer from the model server within ${timeoutMs / 1000} s.`,
        ),
      ),
    timeoutMs,
  );
  const client = createOpenAIClient(config);
  try {
    const response = await client.chat.completions.create(
      {
        model: config.model,
        messages: [{ role: 'user', content: 'Reply with OK.' }],
        max_tokens: 1,
        stream: false,
      },
      { signal: controller.signal },
    );
    return { ok: true, latencyMs: Date.now() - started, model: response.model || config.model };
  } catch (err) {
    const reason = controller.signal.reason;
    const error = toModelError(err, {
      baseURL: config.baseURL,
      apiKey: config.apiKey,
      stop: reason instanceof StopReason ? reason : null,
      emitted: false,
      receivedChars: 0,
    });
    const hint = error.status === 404 ? await availableModels(config) : '';
    return { ok: false, latencyMs: Date.now() - started, error: error.message + hint };
  } finally {
    clearTimeout(timer);
  }
}

/** On a 404 the model name is usually wrong: list what the server does serve, if it can. */
async function availableModels(config: RoleConfig): Promise<string> {
  try {
    const page = await createOpenAIClient(config).models.list({ timeout: 10_000 });
    const ids = page.data.map((m) => m.id).slice(0, 20);
    return ids.length ? ` (models on this server: ${ids.join(', ')})` : '';
  } catch {
    return '';
  }
}
