import { createParser } from 'eventsource-parser';
import { describe, expect, it } from 'vitest';
import type { RunEvent, SequencedRunEvent } from '@/lib/schemas';
import { eventFrame, framesFromStart } from './sse-frames';

const text = (b: Uint8Array) => new TextDecoder().decode(b);
const ev = (seq: number, event: RunEvent): SequencedRunEvent => ({ seq, event });
const delta = (seq: number, d: string) => ev(seq, { type: 'text', delta: d });
const thought = (seq: number, d: string) => ev(seq, { type: 'reasoning', delta: d });

/** What an EventSource makes of the bytes: each message's id and event, comments ignored. */
function read(bytes: Uint8Array): { id: string; event: RunEvent }[] {
  const got: { id: string; event: RunEvent }[] = [];
  const parser = createParser({
    onEvent: (e) => got.push({ id: e.id ?? '', event: JSON.parse(e.data) }),
  });
  parser.feed(text(bytes));
  return got;
}

describe('framesFromStart', () => {
  it('joins each run of deltas of one kind into one frame, with the last seq and all its text', () => {
    const log = [
      ev(1, { type: 'status', status: 'running' }),
      thought(2, 'Try n'),
      thought(3, ' = 1.'),
      delta(4, 'Let '),
      delta(5, '$x$'),
      delta(6, ' be real.'),
    ];
    const bytes = framesFromStart(log);
    expect(read(bytes)).toEqual([
      { id: '1', event: { type: 'status', status: 'running' } },
      { id: '3', event: { type: 'reasoning', delta: 'Try n = 1.' } },
      { id: '6', event: { type: 'text', delta: 'Let $x$ be real.' } },
    ]);
    // Says which events a joined frame stands for; a lone event is framed as it always is.
    expect(text(bytes)).toContain(': joins 4-6\nid: 6\n');
    expect(text(bytes).startsWith(text(eventFrame(log[0])))).toBe(true);
  });

  it('grows with the log, shared until it grows, never mixing a delta into another kind', () => {
    const log: SequencedRunEvent[] = [delta(1, 'Let '), delta(2, '$x$')];
    const first = framesFromStart(log);
    expect(framesFromStart(log)).toBe(first);

    log.push(delta(3, ' be real.'));
    expect(read(framesFromStart(log))).toEqual([
      { id: '3', event: { type: 'text', delta: 'Let $x$ be real.' } },
    ]);
    log.push(ev(4, { type: 'slots', waiting: 1, limit: 8 }), delta(5, '\n'), delta(6, 'Then'));
    const grown = framesFromStart(log);
    expect(read(grown).map((m) => m.id)).toEqual(['3', '4', '6']);
    expect(read(grown)[2].event).toEqual({ type: 'text', delta: '\nThen' });
    // Another log with equal events is its own: nothing is shared by content.
    expect(text(framesFromStart([delta(1, 'Other')]))).toBe(
      'id: 1\ndata: {"type":"text","delta":"Other"}\n\n',
    );
  });

  it('gives a reader the same text, in fewer bytes, as every event framed on its own', () => {
    const log: SequencedRunEvent[] = [];
    let seq = 0;
    for (let i = 0; i < 40; i++) log.push(thought(++seq, `step ${i}; `));
    for (let i = 0; i < 500; i++) log.push(delta(++seq, `word${i} \\(x_${i}\\) "q" `));
    const joined = framesFromStart(log);
    const oneByOne = Buffer.concat(log.map(eventFrame));
    const fold = (bytes: Uint8Array, type: string) =>
      read(bytes)
        .filter((m) => m.event.type === type)
        .map((m) => (m.event as { delta: string }).delta)
        .join('');
    for (const type of ['text', 'reasoning']) expect(fold(joined, type)).toBe(fold(oneByOne, type));
    expect(read(joined).at(-1)?.id).toBe(String(seq));
    expect(joined.length).toBeLessThan(oneByOne.length * 0.75);
  });
});
