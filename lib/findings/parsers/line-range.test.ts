import { describe, expect, it } from 'vitest';
import { parseLineRange } from './line-range';

describe('parseLineRange', () => {
  it.each([
    ['L12-L14', { start: 12, end: 14 }],
    ['L12–L14', { start: 12, end: 14 }],
    ['L12', { start: 12, end: 12 }],
    ['12-14', { start: 12, end: 14 }],
    ['L012', { start: 12, end: 12 }],
    ['L12, L15', { start: 12, end: 15 }],
    ['lines 3 to 5', { start: 3, end: 5 }],
    ['Lines 3 and 7', { start: 3, end: 7 }],
    ['L12 (in Lemma 2)', { start: 12, end: 12 }],
    ['L14-L12', { start: 12, end: 14 }],
  ])('%s', (text, range) => {
    expect(parseLineRange(text)).toEqual(range);
  });

  it.each(['', 'none', 'whole proof', 'Lemma 2', 'n/a', 'L0'])('%j → null', (text) => {
    expect(parseLineRange(text)).toBeNull();
  });
});
