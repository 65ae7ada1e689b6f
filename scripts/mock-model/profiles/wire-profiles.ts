import { PROVIDER_IDS } from '../../../lib/schemas/settings';
import type { ErrorShape } from './error-shapes';

/** The scripted server imitates every provider profile the app has (one wire profile each). */
export const WIRE_PROFILES = PROVIDER_IDS;
export type WireProfileId = (typeof WIRE_PROFILES)[number];

export type Refusal = { status: number; message: string; code: string };

/** Token counts of one response, for the profile to write in its own dialect. */
export type Counts = { prompt: number; cached: number; answer: number; reasoning: number };

/**
 * What a provider's server does on the wire, as the scripted server imitates it: where
 * reasoning streams, where and how usage comes, its error shape, and what it refuses.
 */
export type WireProfile = {
  /** `hidden`: reasoning is not streamed, only counted (OpenAI chat completions). */
  reasoning: 'reasoning_content' | 'reasoning' | 'thought-tags' | 'hidden';
  /** `last`: an extra choices-less chunk; `finish`: on the finish_reason chunk; `every`: each chunk. */
  usageAt: 'last' | 'finish' | 'every';
  usage(c: Counts): Record<string, unknown>;
  errorShape: ErrorShape;
  /** The SSE comment a queued request gets. */
  keepalive: string;
  /** Whether it reports prompt-cache hits (then half the prompt is served "cached"). */
  caches?: boolean;
  /** Extra fields every chunk carries (OpenAI's `obfuscation`). */
  chunkExtra?: Record<string, unknown>;
  /** `content: null` beside reasoning deltas (DeepSeek). */
  nullContentWithReasoning?: boolean;
  refuse(body: Record<string, unknown>): Refusal | null;
  /** The field that limits output; others are ignored (DeepSeek ignores max_completion_tokens). */
  limitFields: string[];
};

const inside = (c: Counts) => ({
  prompt_tokens: c.prompt,
  completion_tokens: c.answer + c.reasoning,
  total_tokens: c.prompt + c.answer + c.reasoning,
  prompt_tokens_details: { cached_tokens: c.cached },
  completion_tokens_details: { reasoning_tokens: c.reasoning },
});
const plain = (c: Counts) => ({
  prompt_tokens: c.prompt,
  completion_tokens: c.answer + c.reasoning,
  total_tokens: c.prompt + c.answer + c.reasoning,
});

const GEMINI_FIELDS = new Set([
  'model',
  'messages',
  'stream',
  'stream_options',
  'temperature',
  'top_p',
  'max_tokens',
  'max_completion_tokens',
  'n',
  'stop',
  'reasoning_effort',
  'extra_body',
  'response_format',
  'tools',
  'tool_choice',
  'seed',
]);

const none = () => null;
const base = { keepalive: ': keepalive', limitFields: ['max_tokens', 'max_completion_tokens'] };

export const PROFILES: Record<WireProfileId, WireProfile> = {
  openai: {
    ...base,
    caches: true,
    reasoning: 'hidden',
    usageAt: 'last',
    usage: inside,
    errorShape: 'openai',
    chunkExtra: { obfuscation: 'x7Qp', system_fingerprint: null, service_tier: 'default' },
    refuse(body) {
      if (!/^(gpt-5|o\d)/.test(String(body.model))) return null;
      if ('max_tokens' in body)
        return {
          status: 400,
          code: 'unsupported_parameter',
          message:
            "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
        };
      for (const p of ['temperature', 'top_p'])
        if (p in body && body[p] !== 1)
          return {
            status: 400,
            code: 'unsupported_value',
            message: `Unsupported value: '${p}' does not support ${body[p]} with this model. Only the default (1) value is supported.`,
          };
      return null;
    },
  },
  deepseek: {
    caches: true,
    reasoning: 'reasoning_content',
    usageAt: 'finish',
    usage: (c) => ({
      ...plain(c),
      prompt_cache_hit_tokens: c.cached,
      prompt_cache_miss_tokens: c.prompt - c.cached,
      completion_tokens_details: { reasoning_tokens: c.reasoning },
    }),
    errorShape: 'openai',
    keepalive: ': keep-alive',
    nullContentWithReasoning: true,
    refuse: none,
    limitFields: ['max_tokens'],
  },
  gemini: {
    ...base,
    reasoning: 'thought-tags',
    usageAt: 'every',
    // Thought tokens only in total_tokens.
    usage: (c) => ({
      prompt_tokens: c.prompt,
      completion_tokens: c.answer,
      total_tokens: c.prompt + c.answer + c.reasoning,
    }),
    errorShape: 'array',
    refuse(body) {
      const unknown = Object.keys(body).find((k) => !GEMINI_FIELDS.has(k));
      return unknown
        ? {
            status: 400,
            code: 'INVALID_ARGUMENT',
            message: `Invalid JSON payload received. Unknown name "${unknown}": Cannot find field.`,
          }
        : null;
    },
  },
  xai: {
    ...base,
    caches: true,
    reasoning: 'hidden',
    usageAt: 'last',
    // completion_tokens excludes reasoning_tokens.
    usage: (c) => ({
      prompt_tokens: c.prompt,
      completion_tokens: c.answer,
      total_tokens: c.prompt + c.answer + c.reasoning,
      prompt_tokens_details: { cached_tokens: c.cached },
      completion_tokens_details: { reasoning_tokens: c.reasoning },
    }),
    errorShape: 'code-error',
    refuse(body) {
      if (!/^grok-4/.test(String(body.model))) return null;
      const bad = ['presence_penalty', 'frequency_penalty', 'stop', 'reasoning_effort'].find(
        (p) => p in body,
      );
      return bad
        ? {
            status: 400,
            code: 'Client specified an invalid argument',
            message: `Model ${body.model} does not support parameter ${bad}.`,
          }
        : null;
    },
  },
  vllm: {
    ...base,
    reasoning: 'reasoning',
    usageAt: 'last',
    usage: plain,
    errorShape: 'openai',
    refuse: none,
  },
  sglang: {
    ...base,
    reasoning: 'reasoning_content',
    usageAt: 'last',
    usage: (c) => ({ ...plain(c), reasoning_tokens: c.reasoning }),
    errorShape: 'flat',
    refuse: none,
  },
  llamacpp: {
    ...base,
    reasoning: 'reasoning_content',
    usageAt: 'finish',
    usage: plain,
    errorShape: 'openai',
    refuse: none,
  },
  ollama: {
    ...base,
    reasoning: 'reasoning',
    usageAt: 'finish',
    usage: plain,
    errorShape: 'openai',
    refuse: none,
    limitFields: ['max_tokens'],
  },
  lmstudio: {
    ...base,
    reasoning: 'reasoning_content',
    usageAt: 'last',
    usage: plain,
    errorShape: 'openai',
    refuse: none,
  },
  'openai-compatible': {
    ...base,
    reasoning: 'reasoning_content',
    usageAt: 'last',
    usage: inside,
    errorShape: 'openai',
    refuse: none,
  },
};

export function isWireProfile(v: unknown): v is WireProfileId {
  return typeof v === 'string' && (WIRE_PROFILES as readonly string[]).includes(v);
}
