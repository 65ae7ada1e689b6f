import 'server-only';
import { runtimeConfig } from '@/lib/config/runtime';
import { listRunEventRows } from '@/lib/db';
import { type SequencedRunEvent, TERMINAL_STATUSES } from '@/lib/schemas';
import { activeRun } from './registry';
import { followRemoteRun } from './remote-follow';
import { framesOf, sseText, storedFrames } from './sse-frames';

const RETRY = sseText('retry: 1000\n\n');
const HEARTBEAT = sseText(': heartbeat\n\n');

function isTerminal(e: SequencedRunEvent): boolean {
  return e.event.type === 'status' && TERMINAL_STATUSES.includes(e.event.status);
}

/**
 * The SSE body for a run: everything after `afterSeq` (0 = from the first event) in one
 * chunk, then live events while the run executes in this process (or, on Postgres, on
 * another instance: remote-follow.ts) — one chunk per tick,
 * encoded once whatever the number of readers — with comment heartbeats so proxies and
 * browsers keep a silent stream (a reasoning model thinking for minutes) open.
 */
export function runEventStream(
  runId: string,
  afterSeq: number,
  signal: AbortSignal,
): ReadableStream<Uint8Array> {
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let last = afterSeq;
      let closed = false;
      const close = () => {
        if (closed) return;
        closed = true;
        cleanup();
        try {
          controller.close();
        } catch {}
      };
      /** `shared`: the same batch goes to every reader, so its encoding is cached. */
      const send = (batch: readonly SequencedRunEvent[], shared: boolean) => {
        if (closed || !batch.length) return;
        let events = batch;
        if (events[0].seq <= last) {
          events = events.filter((e) => e.seq > last);
          shared = false;
        }
        const end = events.findIndex(isTerminal);
        if (end >= 0 && end < events.length - 1) {
          events = events.slice(0, end + 1);
          shared = false;
        }
        if (!events.length) return;
        last = events[events.length - 1].seq;
        controller.enqueue(framesOf(events, shared));
        if (end >= 0) close();
      };
      signal.addEventListener('abort', close);
      controller.enqueue(RETRY);
      const heartbeats = () => {
        const timer = setInterval(() => {
          if (!closed) controller.enqueue(HEARTBEAT);
        }, runtimeConfig().heartbeatMs);
        return () => clearInterval(timer);
      };
      const active = activeRun(runId);
      if (active) {
        // Replay from memory and subscribe in the same tick: no event can slip between.
        const unsubscribe = active.subscribe((batch) => send(batch, true));
        const stopBeats = heartbeats();
        cleanup = () => {
          unsubscribe();
          stopBeats();
        };
        // Seqs run 1…N without a gap, so event k is at index k − 1.
        send(active.events.slice(Math.max(0, afterSeq)), false);
        return;
      }
      // On Postgres a run not in memory may execute on another instance: its stored events,
      // then each committed batch as it is announced, until its terminal status.
      const remote = followRemoteRun(runId, afterSeq, {
        enqueue: (bytes) => {
          if (!closed) controller.enqueue(bytes);
        },
        close,
      });
      if (remote) {
        const stopBeats = heartbeats();
        cleanup = () => {
          remote.leave();
          stopBeats();
        };
        return;
      }
      // On SQLite a run no longer in memory has ended: its stored log, as written, then the end.
      const rows = await listRunEventRows(runId, afterSeq);
      if (rows.length) controller.enqueue(storedFrames(rows));
      close();
    },
    cancel() {
      cleanup();
    },
  });
}
