import type { Piece } from './stream-plan';

/** Fields every chunk of one response shares. */
export type ResponseIdentity = { id: string; model: string; created: number };

export type WireUsage = {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  completion_tokens_details: { reasoning_tokens: number };
};

export function usageFor(promptChars: number, pieces: Piece[]): WireUsage {
  const prompt = Math.ceil(promptChars / 4);
  const reasoning = pieces.filter((p) => p.reasoning).length;
  return {
    prompt_tokens: prompt,
    completion_tokens: pieces.length,
    total_tokens: prompt + pieces.length,
    completion_tokens_details: { reasoning_tokens: reasoning },
  };
}

export function sseData(value: unknown): string {
  return `data: ${JSON.stringify(value)}\n\n`;
}

export function deltaChunk(
  who: ResponseIdentity,
  delta: Record<string, string | null>,
  finishReason: string | null = null,
  extra: Record<string, unknown> = {},
): string {
  return sseData({
    id: who.id,
    object: 'chat.completion.chunk',
    created: who.created,
    model: who.model,
    choices: [{ index: 0, delta, finish_reason: finishReason }],
    ...extra,
  });
}

/** The extra last chunk OpenAI sends with `stream_options.include_usage`: no choices, usage only. */
export function usageChunk(who: ResponseIdentity, usage: WireUsage): string {
  return sseData({
    id: who.id,
    object: 'chat.completion.chunk',
    created: who.created,
    model: who.model,
    choices: [],
    usage,
  });
}

/** The cut-off chunk the `garbage` scenario sends: JSON that never closes. */
export const MALFORMED_CHUNK = 'data: {"choices":[{"delta":{"content":\n\n';
