import 'server-only';
import type { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { joinTick } from '@/lib/async/process-tick';
import { startReading, stopReading } from './socket-reads';

export const DEFAULT_EAGER_READ_MS = 2000;

/**
 * Reads a streamed response body on the process tick instead of per network packet.
 *
 * A model server at 200 tokens/s sends each token in a packet of its own, and reading one
 * wakes the process for ~6 characters: the syscalls, undici's parser and stream machinery,
 * the async hooks of the server's AsyncLocalStorage — most of the app's CPU per token
 * (issue 21, bench:stream at 200 tokens/s: 71 → 48 ms of app CPU per 1,000 tokens).
 * Between two ticks the body is paused and its `socket` stops reading at once
 * (socket-reads.ts), so the kernel keeps what arrives. Without the socket (or for a TLS one)
 * the pause alone holds the bytes, a packet or two later: undici stops parsing once it holds
 * a chunk, and the socket (high-water mark of one byte, stream-connections.ts) stops reading
 * once a packet waits in it. The tick lets the socket read and resumes the body, the bytes
 * since the last tick are read in one go, the tick's events go out after those reads
 * (process-tick.ts), and the body pauses again.
 *
 * A stream is read as packets arrive until `openingRead()` says its opening characters
 * are in (opening.ts), or for `eagerMs` (2 s) at most: those characters go out delta by
 * delta (first-token latency, lib/runs/engine/active-run.ts); after that a token waits at
 * most one tick, as its event does anyway. Reading eagerly for the whole 2 s cost a class
 * of 20 streams at 200 tokens/s 8,000 packet reads where the tick needs 1,000 (issue 21).
 * Returns the release: call it when the body is done with, so it flows to its end and its
 * connection goes back to the pool.
 */
export function paceReads(
  body: Readable,
  socket: Socket | null = null,
  {
    eagerMs = DEFAULT_EAGER_READ_MS,
    openingRead = () => false,
  }: { eagerMs?: number; openingRead?: () => boolean } = {},
): () => void {
  const eagerUntil = performance.now() + eagerMs;
  let paced = false;
  const flow = () => {
    if (socket) startReading(socket);
    body.resume();
  };
  const leave = joinTick({
    beforeReads() {
      if (paced) flow();
    },
    onTick() {
      paced ||= openingRead() || performance.now() >= eagerUntil;
      if (!paced || body.destroyed) return;
      body.pause();
      if (socket) stopReading(socket);
    },
  });
  return () => {
    leave();
    if (paced) flow();
  };
}
