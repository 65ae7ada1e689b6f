import 'server-only';
import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import { EndedEarlyError, MalformedChunkError } from './error-mapping';
import { createOpenAIClient } from './openai-client';
import { providerProfile } from './providers';
import { buildChatRequest } from './request-body';
import { CallbackError, type StreamOutput } from './stream-output';
import type { ChatMessage, RoleConfig, TokenUsage } from './types';
import { mapUsage } from './usage';
import { MAX_TIMER_MS } from './watchdog';

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

export type AttemptOutcome = {
  finishReason: string;
  usage: TokenUsage | null;
  /** Characters received, for error messages. */
  receivedChars: number;
};

/**
 * One streamed chat-completions request, shaped and read by the role's provider profile.
 * Feeds `output` as chunks arrive and returns how the stream ended. The SDK swallows aborts
 * (the loop just ends), so the caller checks its signal; a stream that ends without any
 * finish_reason is reported as EndedEarlyError.
 */
export async function streamAttempt(args: {
  config: RoleConfig;
  messages: ChatMessage[];
  output: StreamOutput;
  signal: AbortSignal;
  onActivity: () => void;
  progress: { receivedChars: number };
}): Promise<AttemptOutcome | null> {
  const { config, output, progress } = args;
  const profile = providerProfile(config.provider);
  const client = createOpenAIClient(config, args.onActivity);
  const { body } = buildChatRequest(config, args.messages, true);
  const stream = await client.chat.completions.create(
    body as unknown as ChatCompletionCreateParamsStreaming,
    { signal: args.signal, maxRetries: 0, timeout: MAX_TIMER_MS },
  );
  let finishReason: string | null = null;
  let usage: TokenUsage | null = null;
  try {
    for await (const chunk of stream) {
      if (!chunk || typeof chunk !== 'object')
        throw new MalformedChunkError('chunk is not an object');
      // Gemini puts usage on every chunk, DeepSeek on the finish chunk, OpenAI on a last one.
      if (chunk.usage) usage = mapUsage(chunk.usage, profile.id);
      const choice = Array.isArray(chunk.choices) ? chunk.choices[0] : undefined;
      if (!choice) continue;
      const delta = (choice.delta ?? {}) as Record<string, unknown>;
      const reasoning = reasoningOf(delta, profile.reasoningFields);
      const content = text(delta.content, 'content');
      progress.receivedChars += reasoning.length + content.length;
      output.reasoningField(reasoning);
      output.content(content);
      if (choice.finish_reason) finishReason = choice.finish_reason;
    }
  } catch (err) {
    // A connection that breaks after the model said it was done lost nothing but usage.
    if (finishReason === null || args.signal.aborted || err instanceof CallbackError) throw err;
  }
  if (args.signal.aborted) return null;
  if (finishReason === null) throw new EndedEarlyError('stream ended without a finish_reason');
  if (usage) usage = { ...usage, model: config.model, provider: profile.id };
  return { finishReason, usage, receivedChars: progress.receivedChars };
}
