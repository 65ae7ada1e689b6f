// The profile ids are part of the settings API's shapes, so their list lives with them.
import { PROVIDER_IDS, type ProviderId } from '@/lib/schemas/settings';
import type { TokenUsage } from '../types';

export { PROVIDER_IDS, type ProviderId };

/** Request fields a profile may send, drop or refuse. */
export type SamplingParam =
  | 'temperature'
  | 'top_p'
  | 'reasoning_effort'
  | 'presence_penalty'
  | 'frequency_penalty'
  | 'stop';

/** Usage as servers put it on the wire: every field optional, several dialects. */
export type WireUsage = {
  prompt_tokens?: number | null;
  completion_tokens?: number | null;
  total_tokens?: number | null;
  reasoning_tokens?: number | null;
  prompt_cache_hit_tokens?: number | null;
  prompt_cache_miss_tokens?: number | null;
  prompt_tokens_details?: { cached_tokens?: number | null } | null;
  completion_tokens_details?: { reasoning_tokens?: number | null } | null;
};

/** Tags some servers wrap reasoning in, inside `content`. */
export type ContentTags = { open: string; close: string };

/**
 * Everything Proofdesk knows about one provider's dialect of chat completions: data plus
 * small functions. The generic client (request-body.ts, stream-attempt.ts, usage.ts,
 * error-body.ts) reads these; nothing else branches on the provider.
 */
export type ProviderProfile = {
  id: ProviderId;
  label: string;
  /** Base-URL hosts that select this profile under `auto`. */
  hosts: string[];
  /** The field that carries PROOFDESK_MAX_TOKENS. */
  tokenLimitField: 'max_tokens' | 'max_completion_tokens';
  /**
   * Parameters this model must not receive, with the reason shown on the settings page.
   * Dropped silently from the request (the provider would refuse or ignore them).
   */
  dropped(model: string): Partial<Record<SamplingParam, string>>;
  /** Extra top-level fields asking for reasoning text (Gemini's extra_body). */
  reasoningRequest?: (model: string) => Record<string, unknown>;
  /** Whether to ask for usage with stream_options.include_usage. */
  streamOptions: boolean;
  /** Delta fields reasoning arrives in, first match wins. */
  reasoningFields: string[];
  /** Tags that wrap reasoning inside content (`<think>` everywhere, `<thought>` for Gemini). */
  contentTags: ContentTags;
  /** Reads the usage object into our counts. */
  readUsage(usage: WireUsage): TokenUsage;
  /** What the docs say about where reasoning and usage come, for the settings page. */
  notes: string;
};
