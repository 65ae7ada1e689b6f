import pg from 'pg';
import { expect, it, vi } from 'vitest';
import {
  createRun,
  createSession,
  persistRunProgress,
  publishRunStop,
  runChannels,
} from '@/lib/db';
import { groupStats } from '@/lib/db/queries/run-events-pg-group';
import type { Run, RunEvent, SequencedRunEvent } from '@/lib/schemas';
import { describeOnBothBackends } from '@/test/db-backends';
import { ActiveRun } from './active-run';
import { runEventStream } from './event-stream';
import { feedStats } from './feed-reads';
import { announceLocalStart, registry } from './registry';
import { listenForRunStops } from './stop-anywhere';

/**
 * A run executing on another instance, followed from its stored events. Two instances in
 * one process: "A" writes batches through persistRunProgress (which NOTIFYs on Postgres),
 * "B" reads through runEventStream with the run absent from its registry.
 */
const decoder = new TextDecoder();
const text = (delta: string): RunEvent => ({ type: 'text', delta });
const ended: RunEvent = { type: 'status', status: 'succeeded', error: null };

/** Reads a stream to its end (or until `until` holds), keeping the raw text. */
function collect(stream: ReadableStream<Uint8Array>) {
  const state = { raw: '', done: false };
  const reader = stream.getReader();
  const finished = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      state.raw += decoder.decode(value);
    }
    state.done = true;
  })();
  return { state, finished, cancel: () => reader.cancel() };
}

function framesIn(raw: string) {
  return [...raw.matchAll(/id: (\d+)\ndata: ([^\n]*)\n\n/g)].map((m) => ({
    seq: Number(m[1]),
    event: JSON.parse(m[2]) as { type: string; delta?: string },
  }));
}

async function until(check: () => boolean, ms = 5000) {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function newRun() {
  const sessionId = await createSession({ problem: 'Prove that 1 + 1 = 2.' });
  const run = await createRun({ sessionId, roundId: null, kind: 'generate', model: 'm' });
  let seq = 0;
  /** "Instance A" commits a batch of events. */
  const write = (...events: RunEvent[]) => {
    const batch: SequencedRunEvent[] = events.map((event) => ({ seq: ++seq, event }));
    return persistRunProgress({ runId: run.id, events: batch });
  };
  await persistRunProgress({ runId: run.id, events: [], status: 'running' });
  return { run, write };
}

describeOnBothBackends('following a run executing elsewhere', (backend) => {
  if (backend === 'sqlite') {
    it('SQLite: a run not in memory is its stored log, then the end (unchanged)', async () => {
      const { run, write } = await newRun();
      await write(text('a'), text('b'));
      const reader = collect(runEventStream(run.id, 0, new AbortController().signal));
      await reader.finished;
      expect(framesIn(reader.state.raw).map((f) => f.seq)).toEqual([1, 2]);
    });
    return;
  }

  it('replays what is stored, then each committed batch live, byte-exact, until the end', async () => {
    const { run, write } = await newRun();
    await write(text('## Sol'), text('ution\n'));
    const reader = collect(runEventStream(run.id, 0, new AbortController().signal));
    await until(() => framesIn(reader.state.raw).length === 2);
    const tricky = 'é ∑ \u2028 "quoted" \\ 😀\n\n';
    await write(text(tricky));
    await until(() => framesIn(reader.state.raw).length === 3);
    expect(reader.state.done).toBe(false);
    await write(text('end.'), ended);
    await reader.finished;
    const frames = framesIn(reader.state.raw);
    expect(frames.map((f) => f.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(frames.map((f) => f.event.delta ?? '').join('')).toBe(`## Solution\n${tricky}end.`);
    expect(reader.state.raw.startsWith('retry: 1000\n\n')).toBe(true);
  });

  it('resumes after Last-Event-ID without a repeat or a gap', async () => {
    const { run, write } = await newRun();
    await write(text('a'), text('b'), text('c'));
    const reader = collect(runEventStream(run.id, 2, new AbortController().signal));
    await until(() => framesIn(reader.state.raw).length === 1);
    await write(text('d'), ended);
    await reader.finished;
    expect(framesIn(reader.state.raw).map((f) => f.seq)).toEqual([3, 4, 5]);
  });

  it('readers of one run share one read per notification', async () => {
    const { run, write } = await newRun();
    await write(text('a'));
    const readers = Array.from({ length: 5 }, () =>
      collect(runEventStream(run.id, 0, new AbortController().signal)),
    );
    await until(() => readers.every((r) => framesIn(r.state.raw).length === 1));
    const before = feedStats.reads;
    await write(text('b'));
    await until(() => readers.every((r) => framesIn(r.state.raw).length === 2));
    expect(feedStats.reads - before).toBe(1);
    await write(ended);
    await Promise.all(readers.map((r) => r.finished));
    for (const r of readers) expect(r.state.raw).toBe(readers[0].state.raw);
  });

  it('runs notified at the same moment are read in one query', async () => {
    const runs = await Promise.all([newRun(), newRun(), newRun()]);
    const readers = runs.map(({ run }) =>
      collect(runEventStream(run.id, 0, new AbortController().signal)),
    );
    await Promise.all(runs.map(({ write }) => write(text('a'))));
    await until(() => readers.every((r) => framesIn(r.state.raw).length === 1));
    const before = feedStats.reads;
    // One transaction commits all three batches: their notifications arrive together.
    const admin = new pg.Client(process.env.PROOFDESK_DATABASE_URL);
    await admin.connect();
    await admin.query('BEGIN');
    for (const [k, { run }] of runs.entries()) {
      await admin.query(
        `INSERT INTO run_events (run_id, seq, data) VALUES ($1, 2, '{"type":"text","delta":"b${k}"}')`,
        [run.id],
      );
      await admin.query(`SELECT pg_notify('proofdesk_run_events', $1)`, [`${run.id}:2`]);
    }
    await admin.query('COMMIT');
    await admin.end();
    await until(() => readers.every((r) => framesIn(r.state.raw).length === 2));
    expect(feedStats.reads - before).toBe(1);
    readers.forEach((r, k) => {
      expect(framesIn(r.state.raw)[1].event.delta).toBe(`b${k}`);
    });
    for (const r of readers) await r.cancel();
  });

  it('batches of several runs written on the same tick are one statement, each announced', async () => {
    const runs = await Promise.all([newRun(), newRun(), newRun()]);
    const readers = runs.map(({ run }) =>
      collect(runEventStream(run.id, 0, new AbortController().signal)),
    );
    const before = groupStats.statements;
    await Promise.all(runs.map(({ write }, k) => write(text(`x${k}`), text(`y${k}`))));
    expect(groupStats.statements - before).toBe(1);
    await until(() => readers.every((r) => framesIn(r.state.raw).length === 2));
    readers.forEach((r, k) => {
      expect(framesIn(r.state.raw).map((f) => f.event.delta)).toEqual([`x${k}`, `y${k}`]);
    });
    for (const r of readers) await r.cancel();
  });

  it('a LISTEN connection that drops is re-established and readers catch up from the rows', async () => {
    const { run, write } = await newRun();
    const listener = runChannels();
    const reader = collect(runEventStream(run.id, 0, new AbortController().signal));
    await write(text('a'));
    await until(() => framesIn(reader.state.raw).length === 1);
    const pid = listener?.backendPid;
    expect(pid).toBeTruthy();
    // Kill the listening backend, as a Postgres restart or a network cut would.
    const admin = new pg.Client(process.env.PROOFDESK_DATABASE_URL);
    await admin.connect();
    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    await write(text('b')); // its notification is lost with the connection
    await admin.end();
    await until(() => framesIn(reader.state.raw).length === 2);
    expect(listener?.backendPid).not.toBe(pid);
    await write(ended);
    await reader.finished;
    expect(framesIn(reader.state.raw).map((f) => f.seq)).toEqual([1, 2, 3]);
  });

  it('a reader following storage moves to memory when the run starts executing here, without a repeat or a gap', async () => {
    const { run } = await newRun();
    const reader = collect(runEventStream(run.id, 0, new AbortController().signal));
    await runChannels()?.ready;
    // This instance's worker takes the run's job: it registers, then emits from memory.
    // Left off the process tick, the run never stores an event: whatever the reader gets
    // came from memory (following storage alone, it would get nothing and time out).
    const active = new ActiveRun(run);
    active.dispose();
    registry().runs.set(run.id, active);
    try {
      active.emit(text('## Sol'));
      announceLocalStart(run.id);
      await until(() => framesIn(reader.state.raw).length === 1);
      active.emit(text('ution'));
      active.emit(ended);
      await reader.finished;
      const frames = framesIn(reader.state.raw);
      expect(frames.map((f) => f.seq)).toEqual([1, 2, 3]);
      expect(frames.map((f) => f.event.delta ?? '').join('')).toBe('## Solution');
      expect(registry().watchers.has(run.id)).toBe(false);
    } finally {
      active.dispose();
      registry().runs.delete(run.id);
    }
  });

  it('a reader that leaves before the run starts here stops watching for it', async () => {
    const { run } = await newRun();
    const reader = collect(runEventStream(run.id, 0, new AbortController().signal));
    // The stream opens on its first read (a microtask after it is made).
    await vi.waitFor(() => expect(registry().watchers.has(run.id)).toBe(true));
    await reader.cancel();
    expect(registry().watchers.has(run.id)).toBe(false);
  });

  it('Stop published by another instance stops the run executing here', async () => {
    listenForRunStops();
    await runChannels()?.ready;
    const active = new ActiveRun({ id: 'stop-me', sessionId: 's-stop', status: 'running' } as Run);
    registry().runs.set('stop-me', active);
    try {
      await publishRunStop('stop-me');
      await until(() => active.abort.signal.aborted);
    } finally {
      active.dispose();
      registry().runs.delete('stop-me');
    }
  });
});
