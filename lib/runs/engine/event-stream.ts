import 'server-only';
import { type FrameSink, pushedStream } from '@/lib/async/pushed-stream';
import { runtimeConfig } from '@/lib/config/runtime';
import { listRunEventRows } from '@/lib/db';
import { type SequencedRunEvent, TERMINAL_STATUSES } from '@/lib/schemas';
import type { ActiveRun } from './active-run';
import { activeRun, watchLocalStart } from './registry';
import { followRemoteRun } from './remote-follow';
import { framesFromStart, framesOf, sseText, storedFrames } from './sse-frames';

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
 * browsers keep a silent stream (a reasoning model thinking for minutes) open. A Node
 * response is fed from it directly (lib/http/pushed-stream.ts); Next reads it as a web stream.
 */
export function runEventStream(
  runId: string,
  afterSeq: number,
  signal: AbortSignal,
): ReadableStream<Uint8Array> {
  return pushedStream((sink) => followRunEvents(runId, afterSeq, sink), signal);
}

/** Pushes the run's frames after `afterSeq` into `sink` until the run ends; returns how to stop. */
export function followRunEvents(runId: string, afterSeq: number, sink: FrameSink): () => void {
  let cleanup = () => {};
  let last = afterSeq;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    cleanup();
    sink.close();
  };
  const enqueue = (bytes: Uint8Array) => {
    if (!closed) sink.enqueue(bytes);
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
    enqueue(framesOf(events, shared));
    if (end >= 0) close();
  };
  enqueue(RETRY);
  const heartbeats = () => {
    const timer = setInterval(() => enqueue(HEARTBEAT), runtimeConfig().heartbeatMs);
    return () => clearInterval(timer);
  };
  /** Live from memory, after a replay from memory, subscribed in the same tick: no event can slip between. */
  const followActive = (active: ActiveRun) => {
    const unsubscribe = active.subscribe((batch) => send(batch, true));
    const events = active.events;
    const newest = events[events.length - 1];
    if (last <= 0 && newest && !isTerminal(newest)) {
      // From the first event, as most readers join a live run: its log so far, each run of
      // deltas as one frame (sse-frames.ts), built once per run and extended as it grows.
      last = newest.seq;
      enqueue(framesFromStart(events));
    } else {
      // Seqs run 1…N without a gap, so event k is at index k − 1.
      send(events.slice(Math.max(0, last)), false);
    }
    return unsubscribe;
  };
  const stop = () => {
    if (closed) return;
    closed = true;
    cleanup();
  };
  const active = activeRun(runId);
  if (active) {
    const stopBeats = heartbeats();
    const unsubscribe = followActive(active);
    cleanup = () => {
      unsubscribe();
      stopBeats();
    };
    // The replay may have ended it (a run whose terminal status is in memory).
    if (closed) cleanup();
    return stop;
  }
  // On Postgres a run not in memory may execute on another instance: its stored events,
  // then each committed batch as it is announced, until its terminal status. If it starts
  // executing here instead (this instance took its job), the reader moves to memory.
  const remote = followRemoteRun(runId, afterSeq, { enqueue, close });
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
    return stop;
  }
  // On SQLite a run no longer in memory has ended: its stored log, as written, then the end.
  listRunEventRows(runId, afterSeq).then(
    (rows) => {
      if (rows.length) enqueue(storedFrames(rows));
      close();
    },
    (err: unknown) => {
      console.error(`[proofdesk] run ${runId}: reading its stored events failed`, err);
      close();
    },
  );
  return stop;
}
