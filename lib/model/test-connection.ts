import 'server-only';
import type { ConnectionReport } from '@/lib/schemas/settings';
import { streamChat } from './client';
import { isModelError } from './errors';
import { createOpenAIClient } from './openai-client';
import { providerProfile } from './providers';
import { buildChatRequest } from './request-body';
import type { RoleConfig } from './types';

/** Enough room for a reasoning model to think a little and still answer "OK". */
const TEST_MAX_TOKENS = 1024;

export type { ConnectionReport };

/**
 * Checks a role's endpoint with a minimal streamed request shaped exactly like a run's
 * (same profile, same parameters, the output limit capped), so a refused parameter shows
 * up here and not an hour into a search. Reports what came back and whether reasoning did.
 */
export async function testConnection(
  config: RoleConfig,
  timeoutMs = 60_000,
): Promise<ConnectionReport> {
  const started = Date.now();
  const profile = providerProfile(config.provider);
  const probe: RoleConfig = {
    ...config,
    maxTokens: Math.min(config.maxTokens ?? TEST_MAX_TOKENS, TEST_MAX_TOKENS),
  };
  const messages = [{ role: 'user' as const, content: 'Reply with OK.' }];
  const { sent, dropped } = buildChatRequest(probe, messages);
  const common = { provider: profile.id, providerLabel: profile.label, sent, dropped };
  try {
    const result = await streamChat({
      config: probe,
      messages,
      onDelta: () => {},
      idleTimeoutMs: timeoutMs,
      deadlineMs: timeoutMs,
      maxRetries: 0,
    });
    return {
      ok: true,
      latencyMs: Date.now() - started,
      model: result.usage?.model ?? config.model,
      // One line is enough to see the model answered (and what it answered).
      answer: oneLine(result.text, 120),
      reasoningArrived: result.reasoning.trim().length > 0,
      reasoningTokens: result.usage?.reasoningTokens ?? null,
      finishReason: result.finishReason,
      ...common,
    };
  } catch (err) {
    const message = isModelError(err) ? err.message : String(err);
    const status = isModelError(err) ? err.status : undefined;
    const hint = status === 404 ? await availableModels(config) : '';
    return { ok: false, latencyMs: Date.now() - started, error: message + hint, ...common };
  }
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
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
