import type { MockAnswer } from './answers';
import { chunkText } from './chunking';
import type { RequestKind } from './classify';
import type { Scenario } from './scenario';

/** `hidden`: reasoning the provider counts but does not stream (OpenAI): never written. */
export type DeltaField = 'reasoning_content' | 'reasoning' | 'content' | 'hidden';
export type ReasoningMode = 'reasoning_content' | 'reasoning' | 'thought-tags' | 'hidden';
export type Piece = { field: DeltaField; text: string; reasoning: boolean };

/** The chunks of one response, and how and where it ends. */
export type StreamPlan = {
  pieces: Piece[];
  finishReason: 'stop' | 'length';
  /** Piece index after which the socket is destroyed (`cut`), or null. */
  cutAfter: number | null;
  /** Piece index after which a malformed chunk is sent (`garbage`), or null. */
  garbageAfter: number | null;
  /** Piece index after which the stream holds until the client leaves (`holdAt`), or null. */
  holdAfter: number | null;
};

/**
 * Lays out reasoning then content as chunks, in the field the scenario asks for
 * (`reasoning_content` by default, `reasoning` for vLLM ≥0.11 / Ollama style, or `<think>`
 * tags inside content), and places the scenario's fault. `max_tokens` truncates like a real
 * server: `finish_reason: "length"`.
 */
export function planStream(
  answer: MockAnswer,
  scenario: Scenario,
  kind: RequestKind,
  maxTokens: number | null,
  /** A provider profile's way of sending reasoning; overrides the scenario's. */
  mode: ReasoningMode | null = null,
): StreamPlan {
  const asContent = (text: string, reasoning: boolean): Piece[] =>
    chunkText(text, scenario.chunkChars).map((t) => ({ field: 'content', text: t, reasoning }));
  let reasoning: Piece[];
  if (mode === 'thought-tags') {
    reasoning = asContent(`<thought>${answer.reasoning}</thought>`, true);
  } else if (mode !== null) {
    reasoning = chunkText(answer.reasoning, scenario.chunkChars).map((t) => ({
      field: mode,
      text: t,
      reasoning: true,
    }));
  } else if (scenario.name === 'think-tags' || scenario.name === 'think-unopened') {
    const open = scenario.name === 'think-tags' ? '<think>' : '';
    reasoning = asContent(`${open}${answer.reasoning}</think>\n\n`, true);
  } else {
    const field = scenario.name === 'reasoning-field' ? 'reasoning' : 'reasoning_content';
    reasoning = chunkText(answer.reasoning, scenario.chunkChars).map((t) => ({
      field,
      text: t,
      reasoning: true,
    }));
  }
  let content = asContent(answer.content, false);
  let finishReason: StreamPlan['finishReason'] = 'stop';
  const faultAt = reasoning.length + Math.floor(content.length * scenario.cutAt);
  if (scenario.name === 'length') {
    content = content.slice(0, faultAt - reasoning.length);
    finishReason = 'length';
  }
  let pieces = [...reasoning, ...content];
  if (maxTokens !== null && pieces.length > maxTokens) {
    pieces = pieces.slice(0, maxTokens);
    finishReason = 'length';
  }
  const garbage = scenario.name === 'garbage' && kind !== 'verification';
  const cuts = scenario.name === 'cut' || scenario.name === 'midstream-error';
  return {
    pieces,
    finishReason,
    cutAfter: cuts ? Math.min(faultAt, pieces.length) : null,
    garbageAfter: garbage ? Math.min(faultAt, pieces.length) : null,
    holdAfter:
      scenario.holdAt > 0 && kind === 'generation'
        ? Math.min(reasoning.length + Math.floor(content.length * scenario.holdAt), pieces.length)
        : null,
  };
}
