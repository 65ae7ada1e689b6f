import { deepseek } from './deepseek';
import { gemini } from './gemini';
import { llamacpp } from './llamacpp';
import { lmstudio } from './lmstudio';
import { ollama } from './ollama';
import { openai } from './openai';
import { openaiCompatible } from './openai-compatible';
import { sglang } from './sglang';
import type { ProviderId, ProviderProfile } from './types';
import { vllm } from './vllm';
import { xai } from './xai';

export type { ProviderId, ProviderProfile } from './types';
export { PROVIDER_IDS } from './types';

const PROFILES: Record<ProviderId, ProviderProfile> = {
  openai,
  deepseek,
  gemini,
  xai,
  vllm,
  sglang,
  llamacpp,
  ollama,
  lmstudio,
  'openai-compatible': openaiCompatible,
};

export function providerProfile(id: ProviderId | undefined): ProviderProfile {
  return PROFILES[id ?? 'openai-compatible'];
}

/**
 * `auto`: the public APIs are recognised by their base URL's host; anything else (a local
 * vLLM, SGLang, Ollama…) is `openai-compatible`, which accepts every known dialect.
 */
export function detectProvider(baseURL: string): ProviderId {
  let host = '';
  try {
    host = new URL(baseURL).hostname.toLowerCase();
  } catch {
    return 'openai-compatible';
  }
  for (const profile of Object.values(PROFILES)) {
    if (profile.hosts.some((h) => host === h || host.endsWith(`.${h}`))) return profile.id;
  }
  return 'openai-compatible';
}
