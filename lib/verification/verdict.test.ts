import { describe, expect, it } from 'vitest';
import { consecutivePasses, meanOf, minOf, scoreDistribution } from './distribution';
import { findingMeta, metaStatus, roundScoreOf, verdictOf } from './verdict';

const s = (score: number | null, metaScore: number | null = null) => ({ score, metaScore });

describe("the paper's verdict rule", () => {
  it('is the lowest score among confirmed analyses when at least k are confirmed', () => {
    const v = verdictOf([s(1), s(0.5, 1), s(0, 1), s(0, 0)], 2);
    expect(v).toMatchObject({ value: 0, confirmed: 2, checked: 3 });
  });

  it('is 1 when no reported issue is confirmed, or fewer than k are', () => {
    expect(verdictOf([s(1), s(0, 0), s(0.5, 0)], 1).value).toBe(1);
    expect(verdictOf([s(0, 1), s(0.5, 0)], 2).value).toBe(1);
    expect(verdictOf([s(1), s(1)], 1)).toMatchObject({
      value: 1,
      reason: 'No sample reported an issue.',
    });
  });

  it('has no verdict before meta-verification; the round score is then the minimum', () => {
    const samples = [s(1), s(0.5), s(0)];
    expect(verdictOf(samples, 1).value).toBeNull();
    expect(roundScoreOf(samples, 1)).toBe(0);
    expect(roundScoreOf([s(1), s(0.5, 0)], 1)).toBe(1);
  });

  it('marks analyses and merged findings confirmed or disputed', () => {
    expect(metaStatus(s(0, 0.5))).toBe('confirmed');
    expect(metaStatus(s(0, 0))).toBe('disputed');
    expect(metaStatus(s(1, null))).toBe('unchecked');
    expect(findingMeta(['disputed', 'confirmed'])).toBe('confirmed');
    expect(findingMeta(['disputed', 'unchecked'])).toBe('disputed');
    expect(findingMeta(['unchecked'])).toBe('unchecked');
  });
});

describe('score distribution', () => {
  it('counts each score, highest first, with mean and minimum', () => {
    const scores = [0, 1, 0.5, 0, 0, 0.5, 0, 0];
    expect(scoreDistribution(scores)).toEqual([
      { score: 1, count: 1 },
      { score: 0.5, count: 2 },
      { score: 0, count: 5 },
    ]);
    expect(meanOf(scores)).toBe(0.25);
    expect(minOf([null, 1, 0.5])).toBe(0.5);
    expect(meanOf([null])).toBeNull();
  });

  it('finds k consecutive passes in finishing order', () => {
    expect(consecutivePasses([1, 1, 0, 1, 1, 1], 3)).toBe(true);
    expect(consecutivePasses([1, 1, 0, 1, 1], 3)).toBe(false);
  });
});
