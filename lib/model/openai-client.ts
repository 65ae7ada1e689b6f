import 'server-only';
import OpenAI from 'openai';
import { createModelFetch } from './http-fetch';
import type { ChatMessage, RoleConfig } from './types';
import { MAX_TIMER_MS } from './watchdog';

/**
 * An SDK client with its own timeout and retries switched off: we retry ourselves (only
 * before any output went out) and time out on silence, not on total duration.
 */
export function createOpenAIClient(config: RoleConfig, onActivity: () => void = () => {}): OpenAI {
  return new OpenAI({
    // Local servers (vLLM, Ollama, llama.cpp) often need no key, but the SDK insists on one.
    apiKey: config.apiKey || 'EMPTY',
    baseURL: config.baseURL,
    fetch: createModelFetch(onActivity),
    maxRetries: 0,
    timeout: MAX_TIMER_MS,
    // The SDK logs unparsable chunks (model output) to the console at 'error'; we report them.
    logLevel: 'off',
  });
}

/** Sampling settings are sent only when configured: some servers reject or ignore them. */
export function samplingParams(config: RoleConfig): {
  temperature?: number;
  top_p?: number;
  max_tokens?: number;
} {
  return {
    ...(config.temperature === undefined ? {} : { temperature: config.temperature }),
    ...(config.topP === undefined ? {} : { top_p: config.topP }),
    ...(config.maxTokens === undefined ? {} : { max_tokens: config.maxTokens }),
  };
}

export function chatBody(config: RoleConfig, messages: ChatMessage[]) {
  return {
    model: config.model,
    messages,
    stream: true as const,
    stream_options: { include_usage: true },
    ...samplingParams(config),
  };
}
