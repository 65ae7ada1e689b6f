import 'server-only';
import { runtimeConfig } from '@/lib/config/runtime';
import { listRunEvents } from '@/lib/db';
import { type SequencedRunEvent, TERMINAL_STATUSES } from '@/lib/schemas';
import { activeRun } from './registry';

const encoder = new TextEncoder();

function frame(e: SequencedRunEvent): Uint8Array {
  return encoder.encode(`id: ${e.seq}\ndata: ${JSON.stringify(e.event)}\n\n`);
}

function isTerminal(e: SequencedRunEvent): boolean {
  return e.event.type === 'status' && TERMINAL_STATUSES.includes(e.event.status);
}

/**
 * The SSE body for a run: everything after `afterSeq` (0 = from the first event), then live
 * events while the run executes in this process, with comment heartbeats so proxies and
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
      const send = (e: SequencedRunEvent) => {
        if (closed || e.seq <= last) return;
        last = e.seq;
        controller.enqueue(frame(e));
        if (isTerminal(e)) close();
      };
      signal.addEventListener('abort', close);
      controller.enqueue(encoder.encode('retry: 1000\n\n'));
      const active = activeRun(runId);
      if (active) {
        // Replay from memory and subscribe in the same tick: no event can slip between.
        const unsubscribe = active.subscribe(send);
        const heartbeat = setInterval(() => {
          if (!closed) controller.enqueue(encoder.encode(': heartbeat\n\n'));
        }, runtimeConfig().heartbeatMs);
        cleanup = () => {
          unsubscribe();
          clearInterval(heartbeat);
        };
        for (const e of active.events) send(e);
        return;
      }
      for (const e of await listRunEvents(runId, afterSeq)) send(e);
      close();
    },
    cancel() {
      cleanup();
    },
  });
}
