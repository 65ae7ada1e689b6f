import { describe, expect, it } from 'vitest';
import { deltaLags } from './lag';

// Markers end at offsets 10, 20, 30, 40.
const ENDS = [10, 20, 30, 40];

describe('deltaLags', () => {
  it('times each delta to the first frame showing the last marker it completed', () => {
    const deltas: [number, number][] = [
      [100, 12], // completes marker 0
      [110, 25], // completes marker 1
      [120, 42], // completes markers 2 and 3: judged by 3
    ];
    const shown: [number, number][] = [
      [130, 0],
      [160, 1],
      [200, 3],
    ];
    expect(deltaLags(deltas, ENDS, shown)).toEqual({ lags: [30, 50, 80], unmeasured: 0 });
  });

  it('counts a frame that shows a later marker (the view jumped past) as showing the delta', () => {
    const { lags } = deltaLags([[100, 12]], ENDS, [[150, 2]]);
    expect(lags).toEqual([50]);
  });

  it('leaves deltas that complete no marker unmeasured', () => {
    const deltas: [number, number][] = [
      [100, 5], // before the first marker
      [110, 12],
      [120, 18], // marker 0 was completed by the delta before
    ];
    expect(deltaLags(deltas, ENDS, [[130, 0]])).toEqual({ lags: [20], unmeasured: 2 });
  });

  it('reads markers reported in any order, each at its own frame', () => {
    const shown: [number, number][] = [
      [200, 3],
      [130, 0],
      [160, 1],
      [170, 0], // seen again: the first time counts
    ];
    const deltas: [number, number][] = [
      [100, 12],
      [110, 25],
      [120, 42],
    ];
    expect(deltaLags(deltas, ENDS, shown).lags).toEqual([30, 50, 80]);
  });

  it('reports a delta never shown as an infinite lag', () => {
    const { lags } = deltaLags(
      [
        [100, 12],
        [110, 22],
      ],
      ENDS,
      [[130, 0]],
    );
    expect(lags).toEqual([30, Number.POSITIVE_INFINITY]);
  });
});
