import type { Piece } from '../stream-plan';
import { deltaChunk, type ResponseIdentity, sseData, usageChunk, usageFor } from '../wire-format';
import type { Counts, WireProfile } from './wire-profiles';

/**
 * Writes the chunks of one stream in a provider's shape (or the plain default shape when no
 * profile is served): chunk extras, where usage goes, and what a queued request hears.
 */
export class ChunkWriter {
  /** Tokens served so far (what a correct client must report as usage). */
  readonly counts: Counts;

  constructor(
    private readonly who: ResponseIdentity,
    private readonly profile: WireProfile | null,
    promptChars: number,
    private readonly includeUsage: boolean,
  ) {
    const prompt = Math.ceil(promptChars / 4);
    // Half the prompt "cached", so cached-input prices are exercised.
    this.counts = {
      prompt,
      cached: profile?.caches ? Math.floor(prompt / 2) : 0,
      answer: 0,
      reasoning: 0,
    };
  }

  get keepalive(): string {
    return `${this.profile?.keepalive ?? ': keepalive'}\n\n`;
  }

  /** The chunk for one piece ('' for reasoning the provider does not stream). */
  piece(piece: Piece): string {
    if (piece.reasoning) this.counts.reasoning++;
    else this.counts.answer++;
    if (piece.field === 'hidden') return '';
    const p = this.profile;
    if (!p) return deltaChunk(this.who, { [piece.field]: piece.text });
    const delta: Record<string, string | null> = { [piece.field]: piece.text };
    if (piece.field !== 'content' && p.nullContentWithReasoning) delta.content = null;
    const extra = {
      ...p.chunkExtra,
      ...(p.usageAt === 'every' ? { usage: p.usage(this.counts) } : {}),
    };
    return deltaChunk(this.who, delta, null, extra);
  }

  /** The finish chunk, the usage wherever the provider puts it, and `[DONE]`. */
  finish(finishReason: string): string {
    const p = this.profile;
    if (!p) {
      const usage = this.includeUsage ? usageChunk(this.who, this.defaultUsage()) : '';
      return `${deltaChunk(this.who, {}, finishReason)}${usage}data: [DONE]\n\n`;
    }
    const usage = p.usage(this.counts);
    const onFinish = p.usageAt === 'finish' || p.usageAt === 'every' ? { usage } : {};
    let tail = deltaChunk(this.who, { content: '' }, finishReason, {
      ...p.chunkExtra,
      ...onFinish,
    });
    if (p.usageAt === 'last' && this.includeUsage) tail += usageChunk(this.who, usage as never);
    return `${tail}data: [DONE]\n\n`;
  }

  /** A stream that just stops: `[DONE]` without any finish_reason (a broken proxy). */
  endWithoutFinish(): string {
    return 'data: [DONE]\n\n';
  }

  /** vLLM's way of failing mid-stream: an error event, then the end. */
  midstreamError(): string {
    return sseData({
      error: {
        object: 'error',
        message: 'The engine died while generating (mock scenario midstream-error).',
        type: 'InternalServerError',
        code: 500,
      },
    });
  }

  private defaultUsage() {
    const pieces = Array.from({ length: this.counts.answer + this.counts.reasoning }, (_, i) => ({
      field: 'content' as const,
      text: '',
      reasoning: i < this.counts.reasoning,
    }));
    return usageFor(this.counts.prompt * 4, pieces);
  }
}
