import type { TokenUsage } from '../types';
import type { WireUsage } from './types';

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function cachedOf(u: WireUsage): number {
  return num(u.prompt_tokens_details?.cached_tokens) ?? num(u.prompt_cache_hit_tokens) ?? 0;
}

/**
 * OpenAI's arithmetic (also DeepSeek, vLLM, llama.cpp, Ollama, LM Studio): reasoning tokens,
 * when reported, are already inside completion_tokens, which is the billed output.
 */
export function reasoningInsideCompletion(u: WireUsage): TokenUsage {
  return {
    promptTokens: num(u.prompt_tokens) ?? 0,
    cachedPromptTokens: cachedOf(u),
    completionTokens: num(u.completion_tokens) ?? 0,
    reasoningTokens: num(u.completion_tokens_details?.reasoning_tokens),
  };
}

/** xAI: completion_tokens excludes reasoning_tokens, so output = completion + reasoning. */
export function reasoningBesideCompletion(u: WireUsage): TokenUsage {
  const reasoning = num(u.completion_tokens_details?.reasoning_tokens);
  return {
    promptTokens: num(u.prompt_tokens) ?? 0,
    cachedPromptTokens: cachedOf(u),
    completionTokens: (num(u.completion_tokens) ?? 0) + (reasoning ?? 0),
    reasoningTokens: reasoning,
  };
}

/**
 * Gemini's compatibility endpoint: thought tokens appear only in total_tokens, so reasoning =
 * total − prompt − completion, and the billed output is completion + reasoning.
 */
export function reasoningOnlyInTotal(u: WireUsage): TokenUsage {
  const prompt = num(u.prompt_tokens) ?? 0;
  const completion = num(u.completion_tokens) ?? 0;
  const total = num(u.total_tokens);
  const hidden = total === null ? null : Math.max(0, total - prompt - completion);
  return {
    promptTokens: prompt,
    cachedPromptTokens: cachedOf(u),
    completionTokens: completion + (hidden ?? 0),
    reasoningTokens: hidden,
  };
}

/** SGLang: a top-level reasoning_tokens, counted inside completion_tokens. */
export function reasoningTopLevel(u: WireUsage): TokenUsage {
  const base = reasoningInsideCompletion(u);
  return { ...base, reasoningTokens: num(u.reasoning_tokens) ?? base.reasoningTokens };
}
