import { describe, expect, it } from 'vitest';
import { verificationIncomplete } from '@/lib/verification/completeness';
import { passes } from './pass-rule';

const s = (score: number | null, finishedAt: number, metaScore: number | null = null) => ({
  status: 'succeeded',
  score,
  metaScore,
  finishedAt,
});
/** A sample whose verifier never answered (an error, a cut stream). */
const failed = (finishedAt: number) => ({
  status: 'failed',
  score: null,
  metaScore: null,
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

  it('counts a failed sample as not passing, under every rule', () => {
    // 1 answer of 8, scoring 1: "every sample scores 1" is false.
    const oneOfEight = [s(1, 1), ...Array.from({ length: 7 }, (_, i) => failed(i + 2))];
    expect(passes(oneOfEight, { type: 'all-samples' }, 1)).toBe(false);
    expect(passes(oneOfEight, { type: 'verdict' }, 1)).toBe(false);
    // A failure between passes breaks the streak.
    const broken = [s(1, 1), failed(2), s(1, 3)];
    expect(passes(broken, { type: 'consecutive', k: 2 }, 1)).toBe(false);
    expect(passes([s(1, 1), s(1, 2), failed(3)], { type: 'consecutive', k: 2 }, 1)).toBe(true);
    expect(passes([s(1, 1), failed(2)], { type: 'verdict' }, 1)).toBe(false);
  });
});

describe('verification incomplete', () => {
  it('when fewer than half of the samples answered', () => {
    const of = (ok: number, bad: number) => [
      ...Array.from({ length: ok }, (_, i) => s(1, i)),
      ...Array.from({ length: bad }, (_, i) => failed(i)),
    ];
    expect(verificationIncomplete(of(1, 7), 8)).toBe(true);
    expect(verificationIncomplete(of(3, 5), 8)).toBe(true);
    expect(verificationIncomplete(of(4, 4), 8)).toBe(false);
    expect(verificationIncomplete(of(1, 0), 1)).toBe(false);
    // Samples a Stop left unstarted count as not answered.
    expect(verificationIncomplete(of(2, 0), 8)).toBe(true);
  });
});
