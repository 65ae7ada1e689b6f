import 'server-only';
import { runtimeConfig } from '@/lib/config/runtime';
import { listRunEventRows } from '@/lib/db';
import { type SequencedRunEvent, TERMINAL_STATUSES } from '@/lib/schemas';
import type { ActiveRun } from './active-run';
import { activeRun, watchLocalStart } from './registry';
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
      /** Live from memory, after a replay from memory, subscribed in the same tick: no event can slip between. */
      const followActive = (active: ActiveRun) => {
        const unsubscribe = active.subscribe((batch) => send(batch, true));
        // Seqs run 1…N without a gap, so event k is at index k − 1.
        send(active.events.slice(Math.max(0, last)), false);
        return unsubscribe;
      };
      const active = activeRun(runId);
      if (active) {
        const unsubscribe = followActive(active);
        const stopBeats = heartbeats();
        cleanup = () => {
          unsubscribe();
          stopBeats();
        };
        return;
      }
      // On Postgres a run not in memory may execute on another instance: its stored events,
      // then each committed batch as it is announced, until its terminal status. If it starts
      // executing here instead (this instance took its job), the reader moves to memory.
      const remote = followRemoteRun(runId, afterSeq, {
        enqueue: (bytes) => {
          if (!closed) controller.enqueue(bytes);
        },
        close,
      });
      if (remote) {
        const stopBeats = heartbeats();
        let unsubscribe = () => {};
        const unwatch = watchLocalStart(runId, () => {
          const here = activeRun(runId);
          if (closed || !here) return;
          last = Math.max(last, remote.handOver());
          unsubscribe = followActive(here);
        });
        cleanup = () => {
          unwatch();
          remote.leave();
          unsubscribe();
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
