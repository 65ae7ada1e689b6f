import { describe, expect, it } from 'vitest';
import { passes } from './pass-rule';

const s = (score: number | null, finishedAt: number, metaScore: number | null = null) => ({
  score,
  metaScore,
  finishedAt,
});

describe('autopilot pass rules', () => {
  it('all samples at 1', () => {
    expect(passes([s(1, 1), s(1, 2)], { type: 'all-samples' }, 1)).toBe(true);
    expect(passes([s(1, 1), s(0.5, 2)], { type: 'all-samples' }, 1)).toBe(false);
    expect(passes([], { type: 'all-samples' }, 1)).toBe(false);
  });

  it('k consecutive passes in the order the samples finished', () => {
    const samples = [s(1, 3), s(0, 2), s(1, 1), s(1, 4)];
    expect(passes(samples, { type: 'consecutive', k: 2 }, 1)).toBe(true);
    expect(passes(samples, { type: 'consecutive', k: 3 }, 1)).toBe(false);
  });

  it('the meta-verified verdict', () => {
    expect(passes([s(1, 1), s(0, 2, 0)], { type: 'verdict' }, 1)).toBe(true);
    expect(passes([s(1, 1), s(0, 2, 1)], { type: 'verdict' }, 1)).toBe(false);
    expect(passes([s(1, 1), s(0, 2)], { type: 'verdict' }, 1)).toBe(false);
  });
});
