import type { TokenUsage } from './types';

type WireUsage = {
  prompt_tokens?: number | null;
  completion_tokens?: number | null;
  completion_tokens_details?: { reasoning_tokens?: number | null } | null;
};

/** Maps the usage a server reports in its last chunk; reasoning tokens only when it says. */
export function mapUsage(usage: WireUsage | null | undefined): TokenUsage | null {
  if (!usage || typeof usage !== 'object') return null;
  const reasoning = usage.completion_tokens_details?.reasoning_tokens;
  return {
    promptTokens: usage.prompt_tokens ?? 0,
    completionTokens: usage.completion_tokens ?? 0,
    reasoningTokens: typeof reasoning === 'number' ? reasoning : null,
  };
}
