import { describe, expect, it } from 'vitest';
import type { CalibrationPoint } from '@/lib/schemas';
import { calibrationBuckets, passedButLow } from './calibration';

const point = (
  sessionId: string,
  verifierMean: number,
  humanPoints: number,
  maxPoints = 7,
): CalibrationPoint => ({
  sessionId,
  title: sessionId,
  verifierMean,
  samples: null,
  spread: null,
  humanPoints,
  maxPoints,
});

describe('calibration', () => {
  const points = [
    point('a', 1, 7),
    point('b', 1, 2),
    point('c', 1, 1),
    point('d', 0.984375, 8, 10),
    point('e', 0.5, 6),
    point('f', 0.1, 0),
    point('g', 1, 2, 10),
    point('h', 1, 3, 10),
  ];

  it('lists the sessions every sample passed that people graded at most 2 of 7 (or that share)', () => {
    // d is not a pass (one sample below 1); h is 3/10, above 2/7 of full marks.
    expect(passedButLow(points)).toEqual(['b', 'c', 'g']);
  });

  it('groups human grades by verifier-score bucket, with a bucket for a perfect mean', () => {
    const b = calibrationBuckets(points);
    expect(b.map((x) => x.label)).toEqual([
      'under 0.25',
      '0.25–0.5',
      '0.5–0.75',
      '0.75–<1',
      '1 (all passed)',
    ]);
    expect(b.map((x) => [x.sessions, x.low, x.partial, x.high])).toEqual([
      [1, 1, 0, 0],
      [0, 0, 0, 0],
      [1, 0, 0, 1],
      [1, 0, 1, 0],
      [5, 3, 1, 1],
    ]);
    expect(b[1].meanShare).toBeNull();
    expect(b[3].meanShare).toBeCloseTo(0.8);
    expect(b[4].meanShare).toBeCloseTo((1 + 2 / 7 + 1 / 7 + 0.2 + 0.3) / 5);
  });
});
