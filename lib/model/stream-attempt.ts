import 'server-only';
import { streamChatChunks } from './chat-stream';
import { EndedEarlyError, MalformedChunkError } from './error-mapping';
import { OPENING_CHARS } from './opening';
import { providerProfile } from './providers';
import type { WireUsage } from './providers/types';
import { buildChatRequest } from './request-body';
import { CallbackError, type StreamOutput } from './stream-output';
import type { ChatMessage, RoleConfig, TokenUsage } from './types';
import { mapUsage } from './usage';

function text(value: unknown, field: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new MalformedChunkError(`delta.${field} is not a string`);
  return value;
}

/** The first non-empty reasoning field the profile knows (`reasoning` is not in the SDK types). */
function reasoningOf(delta: Record<string, unknown>, fields: string[]): string {
  for (const field of fields) {
    const value = text(delta[field], field);
    if (value) return value;
  }
  return '';
}

/** The fields of a chat-completions chunk we read; anything else is ignored. */
type WireChunk = {
  usage?: WireUsage | null;
  choices?: { delta?: unknown; finish_reason?: string | null }[];
};

export type AttemptOutcome = {
  finishReason: string;
  usage: TokenUsage | null;
  /** Characters received, for error messages. */
  receivedChars: number;
};

/**
 * One streamed chat-completions request, shaped and read by the role's provider profile.
 * Feeds `output` as chunks arrive (synchronously, one SSE decoder: chat-stream.ts) and
 * returns how the stream ended, or null when our own signal ended it; a stream that ends
 * without any finish_reason is reported as EndedEarlyError.
 */
export async function streamAttempt(args: {
  config: RoleConfig;
  messages: ChatMessage[];
  output: StreamOutput;
  signal: AbortSignal;
  onActivity: () => void;
  eagerReadMs?: number;
  progress: { receivedChars: number };
}): Promise<AttemptOutcome | null> {
  const { config, output, progress } = args;
  const profile = providerProfile(config.provider);
  const { body } = buildChatRequest(config, args.messages, true);
  // Set from inside the chunk callback.
  const seen: { finishReason: string | null; usage: TokenUsage | null } = {
    finishReason: null,
    usage: null,
  };
  const onChunk = (value: unknown) => {
    if (!value || typeof value !== 'object')
      throw new MalformedChunkError('chunk is not an object');
    const chunk = value as WireChunk;
    // Gemini puts usage on every chunk, DeepSeek on the finish chunk, OpenAI on a last one.
    if (chunk.usage) seen.usage = mapUsage(chunk.usage, profile.id);
    const choice = Array.isArray(chunk.choices) ? chunk.choices[0] : undefined;
    if (!choice) return;
    const delta = (choice.delta ?? {}) as Record<string, unknown>;
    const reasoning = reasoningOf(delta, profile.reasoningFields);
    const content = text(delta.content, 'content');
    progress.receivedChars += reasoning.length + content.length;
    output.reasoningField(reasoning);
    output.content(content);
    if (choice.finish_reason) seen.finishReason = choice.finish_reason;
  };
  try {
    await streamChatChunks({
      baseURL: config.baseURL,
      apiKey: config.apiKey,
      body,
      signal: args.signal,
      onActivity: args.onActivity,
      eagerReadMs: args.eagerReadMs,
      openingRead: () => progress.receivedChars >= OPENING_CHARS,
      onChunk,
    });
  } catch (err) {
    // A connection that breaks after the model said it was done lost nothing but usage.
    if (seen.finishReason === null || args.signal.aborted || err instanceof CallbackError) {
      throw err;
    }
  }
  if (args.signal.aborted) return null;
  const { finishReason } = seen;
  if (finishReason === null) throw new EndedEarlyError('stream ended without a finish_reason');
  const usage = seen.usage && { ...seen.usage, model: config.model, provider: profile.id };
  return { finishReason, usage, receivedChars: progress.receivedChars };
}
