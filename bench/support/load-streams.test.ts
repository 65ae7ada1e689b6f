import { describe, expect, it } from 'vitest';
import { eventDelays, type StreamResult, sentDelays } from './load-streams';

/** Four one-word chunks: "one " "two " "three " "four". */
const expected = 'one two three four';
const result = (arrivals: { at: number; length: number }[]): StreamResult => ({
  tag: 't',
  sessionId: 's',
  runId: 'r',
  expected,
  text: expected,
  storedText: expected,
  seqs: arrivals.map((_, k) => k + 1),
  seqTimes: arrivals.map((a) => a.at),
  arrivals,
  status: 'succeeded',
});

describe('bench:load event delays', () => {
  // Two reasoning pieces go first; then content chunk i is piece 2 + i + 1.
  const arrivals = [
    { at: 1_050, length: 4 }, // "one "
    { at: 1_300, length: 18 }, // the rest, in one event
  ];

  it('from the model server’s send log: each event against the write that carried its last chunk', () => {
    // The server fell behind: pieces 1–3 left at 1 040, pieces 4–6 only at 1 280.
    const sends: [number, number][] = [
      [3, 1_040],
      [6, 1_280],
    ];
    expect(sentDelays(result(arrivals), sends, 2)).toEqual([10, 20]);
  });

  it('from the schedule: the same events count the server’s own lateness too', () => {
    // At 100 pieces/s from 1 000: piece 3 due at 1 030, piece 6 at 1 060.
    expect(eventDelays(result(arrivals), 1_000, 2, 100)).toEqual([20, 240]);
  });

  it('an event past the send log’s end has no sent delay (it is left out, not invented)', () => {
    expect(sentDelays(result(arrivals), [[3, 1_040]], 2)).toEqual([10]);
  });
});
