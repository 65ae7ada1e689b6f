import 'server-only';
import OpenAI from 'openai';
import { createModelFetch } from './http-fetch';
import type { RoleConfig } from './types';
import { MAX_TIMER_MS } from './watchdog';

/**
 * An SDK client with its own timeout and retries switched off: we retry ourselves (only
 * before any output went out) and time out on silence, not on total duration. Request
 * bodies come from request-body.ts (the provider profile decides the fields).
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
