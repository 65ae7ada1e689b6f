import { describe, expect, it } from 'vitest';
import { HANG_GUARD_MS } from '@/test/hang-guard';
import { balanceMath } from './balance-math';
import { buildLineMap } from './line-map';
import { clampLines, lineAt, lineStartsOf, linesOfSpan, spanOfLines } from './lines';

describe('lines', () => {
  const text = 'one\r\ntwo\nthree';
  const starts = lineStartsOf(text);

  it('numbers lines from 1, keeping \\r on its line', () => {
    expect(starts).toEqual([0, 5, 9]);
    expect(lineAt(starts, 3)).toBe(1);
    expect(lineAt(starts, 5)).toBe(2);
    expect(linesOfSpan(starts, 5, 9)).toEqual({ start: 2, end: 2 });
  });

  it('spans whole lines without their line break', () => {
    expect(spanOfLines(text, starts, { start: 1, end: 1 })).toEqual({
      startOffset: 0,
      endOffset: 3,
    });
    expect(spanOfLines(text, starts, { start: 2, end: 3 })).toEqual({
      startOffset: 5,
      endOffset: 14,
    });
  });

  it('orders and clamps cited lines', () => {
    expect(clampLines(starts, { start: 5, end: 2 })).toEqual({ start: 2, end: 3 });
    expect(clampLines(starts, { start: 7, end: 9 })).toEqual({ start: 3, end: 3 });
  });
});

describe('balanceMath', () => {
  it('puts back a math delimiter the match cut off', () => {
    const text = 'so $x^2 \\ge 0$ here and \\(y\\) there';
    expect(balanceMath(text, 4, 13)).toEqual({ startOffset: 4, endOffset: 13 }); // none cut
    expect(balanceMath(text, 3, 13)).toEqual({ startOffset: 3, endOffset: 14 });
    expect(balanceMath(text, 26, 27)).toEqual({ startOffset: 26, endOffset: 27 });
    expect(balanceMath(text, 24, 27)).toEqual({ startOffset: 24, endOffset: 29 });
  });
});

describe('buildLineMap', () => {
  it('maps offsets of unchanged lines exactly and others after the last surviving line', () => {
    const oldText = 'a\nb\nc\nd';
    const newText = 'new\na\nB!\nc\nd';
    const map = buildLineMap(oldText, newText);
    expect(map.map(0)).toEqual({ offset: 4, exact: true }); // "a"
    expect(map.map(4)).toEqual({ offset: 9, exact: true }); // "c"
    expect(map.map(2)).toEqual({ offset: 6, exact: false }); // "b" was rewritten
    expect(map.map(5, true)).toEqual({ offset: 10, exact: true }); // end of "c"
  });

  // A hang guard, not a speed test: line mode takes milliseconds, character mode took
  // seconds (BRIEF §4). Speed is measured by `npm run eval:anchoring`.
  it('maps 100,000-char proofs in line mode', { timeout: HANG_GUARD_MS }, () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `line ${i} ${'x'.repeat(40)}`);
    const oldText = lines.join('\n');
    const newText = [
      ...lines.slice(0, 500),
      'inserted',
      ...lines.slice(500, 1500),
      ...lines.slice(1600),
    ].join('\n');
    const map = buildLineMap(oldText, newText);
    expect(map.map(oldText.indexOf('line 1700 ')).exact).toBe(true);
  });
});
