import type { ChatMessage } from '@/lib/prompts/types';
import type { ModelRole } from '@/lib/schemas/settings';
import type { ProviderId } from './providers/types';

export type { ModelRole };

/** One role's model endpoint, read from server configuration only (never from a request). */
export type RoleConfig = {
  role: ModelRole;
  baseURL: string;
  apiKey: string;
  model: string;
  temperature?: number;
  topP?: number;
  maxTokens?: number;
  /** `reasoning_effort` to ask for, when the profile's model takes it. */
  reasoningEffort?: string;
  /** The provider profile (resolved from `auto`); default `openai-compatible`. */
  provider?: ProviderId;
  /** Whether `provider` was set or chosen by `auto` from the base URL (for the settings page). */
  providerSource?: 'auto' | 'set';
  /**
   * The server variable the base URL came from (`OPENAI_BASE_URL`, `PROOFDESK_VERIFIER_BASE_URL`):
   * what the settings page and error messages name instead of the endpoint, which never
   * reaches a browser.
   */
  endpointVar?: string;
};

export type StreamDelta = { type: 'text' | 'reasoning'; delta: string };

/**
 * Tokens of one request, read per provider (see providers/usage-readers.ts). Output is the
 * billed output and includes reasoning on every provider, whatever its wire arithmetic.
 */
export type TokenUsage = {
  /** Input tokens, cached ones included. */
  promptTokens: number;
  /** Input tokens served from the provider's prompt cache (billed at the cached price). */
  cachedPromptTokens?: number;
  /** Output tokens, reasoning included. */
  completionTokens: number;
  /** Reasoning tokens when the server reports them; null when it does not say. */
  reasoningTokens: number | null;
  /** The model and provider profile that produced them (for prices and the usage view). */
  model?: string;
  provider?: ProviderId;
};

export type StreamResult = {
  /** 'stop', 'length' (cut: keep and show as truncated), or what the server said. */
  finishReason: string | null;
  usage: TokenUsage | null;
  /** The answer content (after any `</think>`). */
  text: string;
  reasoning: string;
};

export type RetryInfo = { attempt: number; delayMs: number; reason: string };

export type StreamOptions = {
  config: RoleConfig;
  messages: ChatMessage[];
  signal?: AbortSignal;
  onDelta: (delta: StreamDelta) => void;
  onRetry?: (info: RetryInfo) => void;
  /** Longest silence allowed between bytes. Default 10 minutes. */
  idleTimeoutMs?: number;
  /** How long a stream is read as its packets arrive before its reads wait for the tick (read-pacer). Default 2 s. */
  eagerReadMs?: number;
  /** Overall deadline for the whole request. Default 4 hours. */
  deadlineMs?: number;
  /** Retries for 429 / 5xx / network errors before any delta was emitted. Default 4. */
  maxRetries?: number;
  /** First backoff step for retries without a Retry-After (doubles each time). Default 1000. */
  retryBaseMs?: number;
  /**
   * Called once at the end (also before a ModelError is thrown) when the final text/reasoning
   * split differs from what went out through onDelta, e.g. content that turned out to be
   * reasoning because a `</think>` without an opening tag came later. Replace, don't append.
   */
  onReplace?: (final: PartialOutput) => void;
};

/** What the model produced so far (the whole output on success). */
export type PartialOutput = { text: string; reasoning: string };

export type ModelErrorKind =
  | 'network'
  | 'http'
  | 'rate-limit'
  | 'idle-timeout'
  | 'deadline'
  | 'aborted'
  | 'cut'
  | 'malformed';

export type { ChatMessage };
