import { afterEach, describe, expect, it } from 'vitest';
import type { Run } from '@/lib/schemas';
import { ActiveRun } from './active-run';
import { runEventStream } from './event-stream';
import { registry } from './registry';

/**
 * The live SSE path, without a database: a run in memory, readers on its stream. What a
 * reader relies on — ids 1…N without a gap, the text byte-exact — and what keeps the path
 * flat: a tick's events reach every reader as one chunk, encoded once for all of them, and
 * a reader who joins late gets everything so far in one chunk.
 */
const decoder = new TextDecoder();
const runs: ActiveRun[] = [];

function liveRun(id: string): ActiveRun {
  const run = new ActiveRun({ id, sessionId: `s-${id}`, status: 'running' } as Run);
  registry().runs.set(id, run);
  runs.push(run);
  return run;
}

afterEach(() => {
  for (const run of runs.splice(0)) {
    run.dispose();
    registry().runs.delete(run.run.id);
  }
});

/** Collects a stream's chunks as they come. */
function collect(stream: ReadableStream<Uint8Array>) {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  void (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      chunks.push(value);
    }
  })();
  return { chunks, cancel: () => reader.cancel() };
}

function frames(chunks: Uint8Array[]) {
  const text = chunks.map((c) => decoder.decode(c)).join('');
  return [...text.matchAll(/id: (\d+)\ndata: (.*)\n\n/g)].map((m) => ({
    seq: Number(m[1]),
    event: JSON.parse(m[2]) as { type: string; delta?: string },
  }));
}

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 500 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(ok()).toBe(true);
};

describe('runEventStream', () => {
  it('sends each tick to every reader as one shared chunk, and replays in one chunk', async () => {
    const run = liveRun('r-shared');
    const controller = new AbortController();
    const a = collect(runEventStream('r-shared', 0, controller.signal));
    const b = collect(runEventStream('r-shared', 0, controller.signal));
    await until(() => a.chunks.length === 1 && b.chunks.length === 1); // `retry:` only
    // Past the opening characters, deltas wait for the tick.
    const opening = 'x'.repeat(300);
    run.push({ type: 'text', delta: opening });
    const words = Array.from({ length: 50 }, (_, i) => `word${i} `);
    for (const w of words) run.push({ type: 'text', delta: w });
    await until(() => run.events.length === 2 && a.chunks.length === 3 && b.chunks.length === 3);
    // One chunk per tick per reader, the same bytes object for both: encoded once.
    expect(a.chunks[2]).toBe(b.chunks[2]);
    expect(frames(a.chunks).map((f) => f.seq)).toEqual([1, 2]);

    run.emit({ type: 'status', status: 'succeeded' });
    const late = collect(runEventStream('r-shared', 1, controller.signal));
    await until(() => late.chunks.length >= 2);
    // Everything after Last-Event-ID 1 in the one chunk after `retry:`.
    expect(frames([late.chunks[1]]).map((f) => f.seq)).toEqual([2, 3]);
    const text = frames(a.chunks)
      .map((f) => f.event.delta ?? '')
      .join('');
    expect(text).toBe(opening + words.join(''));
    controller.abort();
  });
});
