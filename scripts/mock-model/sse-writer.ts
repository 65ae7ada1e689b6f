import type { ServerResponse } from 'node:http';
import { pause, silence, write, writeFlushed } from './pacing';
import { ChunkWriter } from './profiles/chunk-writer';
import type { Counts, WireProfile } from './profiles/wire-profiles';
import type { Scenario } from './scenario';
import type { StreamPlan } from './stream-plan';
import { deltaChunk, MALFORMED_CHUNK, type ResponseIdentity } from './wire-format';

/** Most chunks coalesced into one socket write when the schedule has fallen behind. */
const MAX_BATCH = 256;
/** A held stream gives up after this long even if the client stays (a bounded test server). */
const MAX_HOLD_MS = 10 * 60_000;

export type StreamJob = {
  res: ServerResponse;
  who: ResponseIdentity;
  plan: StreamPlan;
  scenario: Scenario;
  includeUsage: boolean;
  promptChars: number;
  /** Receives the token counts served, when the stream ends normally (for GET /__log). */
  served?: (counts: Counts) => void;
  /** The provider shape to serve, or null for the plain default. */
  profile: WireProfile | null;
  /** Aborts when the client goes away; every wait ends early then. */
  gone: AbortSignal;
  /** Called just before the writer destroys the socket itself, so it is not logged as a client close. */
  markCut: () => void;
  /** Told after each socket write how many pieces (reasoning, then content) have gone out. */
  sent?: (pieces: number) => void;
};

/**
 * Streams a plan as OpenAI SSE at `tps` chunks per second. Chunks are due at fixed times
 * from the start, so the average rate holds even though timers are coarse: each wake-up
 * sends every chunk that is due in one write. Returns 'cut' when it destroyed the socket.
 */
export async function writeStream(job: StreamJob): Promise<'done' | 'cut' | 'gone'> {
  const { res, who, plan, scenario, gone } = job;
  const chunks = new ChunkWriter(who, job.profile, job.promptChars, job.includeUsage);
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache',
    Connection: 'keep-alive',
  });
  res.flushHeaders();
  if (scenario.silenceMs > 0) {
    await silence(res, scenario.silenceMs, scenario.keepaliveMs, gone, chunks.keepalive);
  }
  if (gone.aborted) return 'gone';
  await write(res, deltaChunk(who, { role: 'assistant', content: '' }), gone);

  const interval = scenario.tps > 0 ? 1000 / scenario.tps : 0;
  const start = Date.now();
  let i = 0;
  while (i < plan.pieces.length) {
    if (gone.aborted) return 'gone';
    const due = start + i * interval;
    if (due > Date.now()) await pause(due - Date.now(), gone);
    const elapsed = Date.now() - start;
    let batch = '';
    for (let n = 0; n < MAX_BATCH && i < plan.pieces.length; n++) {
      if (interval > 0 && i * interval > elapsed) break;
      const piece = plan.pieces[i++];
      batch += chunks.piece(piece);
      if (i === plan.garbageAfter) batch += MALFORMED_CHUNK;
      if (i === plan.cutAfter && scenario.name === 'midstream-error') {
        res.end(batch + chunks.midstreamError());
        return 'done';
      }
      if (i === plan.cutAfter) {
        await writeFlushed(res, batch);
        job.markCut();
        res.socket?.destroy();
        return 'cut';
      }
      if (i === plan.holdAfter) break;
    }
    await write(res, batch, gone);
    // A timer may wake before the next piece is due: such a wake sends nothing.
    if (batch) job.sent?.(i);
    if (i === plan.holdAfter) {
      await pause(MAX_HOLD_MS, gone);
      return 'gone';
    }
    // Let the event loop see a client that went away, even when running unthrottled.
    if (interval === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  if (gone.aborted) return 'gone';
  job.served?.({ ...chunks.counts });
  res.end(
    scenario.name === 'no-finish' ? chunks.endWithoutFinish() : chunks.finish(plan.finishReason),
  );
  return 'done';
}
