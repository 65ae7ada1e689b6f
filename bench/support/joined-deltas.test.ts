import { describe, expect, it } from 'vitest';
import { lostEvents } from './joined-deltas';
import type { RunEventFrame } from './sse';

const ev = (seq: number, type: string): RunEventFrame => ({ seq, data: { type } });
const log = [
  ev(1, 'status'),
  ev(2, 'reasoning'),
  ev(3, 'reasoning'),
  ev(4, 'text'),
  ev(5, 'text'),
  ev(6, 'text'),
  ev(7, 'status'),
];

describe('lostEvents', () => {
  it('counts deltas joined into a later frame of their run as received', () => {
    expect(lostEvents(log, new Set([1, 2, 3, 4, 5, 6, 7]))).toBe(0);
    // Joined on arrival: reasoning 2–3 as 3, text 4–5 as 5, then live.
    expect(lostEvents(log, new Set([1, 3, 5, 6, 7]))).toBe(0);
  });

  it('counts what no later frame of the same run covers', () => {
    // The last delta of a run missing: nothing after it stands for it.
    expect(lostEvents(log, new Set([1, 2, 4, 5, 6, 7]))).toBe(1);
    // A status never joins: missing is lost; a reasoning delta is not covered by text.
    expect(lostEvents(log, new Set([2, 3, 4, 5, 6, 7]))).toBe(1);
    expect(lostEvents(log, new Set([1, 2, 4, 5, 6, 7]))).toBe(1);
    // Text 4–5 may be joined into 6; reasoning 2–3 has nothing after it of its kind.
    expect(lostEvents(log, new Set([1, 6, 7]))).toBe(2);
    expect(lostEvents(log, new Set())).toBe(7);
  });
});
