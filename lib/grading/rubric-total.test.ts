import { describe, expect, it } from 'vitest';
import { rubricSchema } from '@/lib/schemas';
import { cappedTotal, checkAwards } from './rubric-total';

const rubric = rubricSchema.parse({
  checkpoints: [
    { id: 'C1', text: 'a', points: 2 },
    { id: 'C2', text: 'b', points: 5 },
  ],
  deductions: [
    { id: 'D1', text: 'slip', points: 1 },
    { id: 'D2', text: 'big slip', points: 3 },
  ],
});

describe('rubric sums', () => {
  it('subtracts deductions and keeps the total within 0…7', () => {
    expect(cappedTotal([2, 5], [])).toBe(7);
    expect(cappedTotal([2, 5], [1])).toBe(6);
    expect(cappedTotal([1], [3])).toBe(0);
    expect(cappedTotal([5, 5], [])).toBe(7);
  });

  it("checks a person's awards against the rubric and sums them, a missing checkpoint earning 0", () => {
    expect(checkAwards(rubric, { C2: 5 }, ['D1'])).toEqual({
      points: 4,
      checkpoints: [
        { id: 'C1', points: 0, reason: '' },
        { id: 'C2', points: 5, reason: '' },
      ],
      deductions: [{ id: 'D1', reason: '' }],
    });
    expect(checkAwards(rubric, { C1: 1 }, ['D2'])).toMatchObject({ points: 0 });
  });

  it('refuses unknown ids and awards above a checkpoint’s points', () => {
    expect(checkAwards(rubric, { C1: 3, X: 1 }, ['D9'])).toEqual({
      errors: [
        'checkpoint "C1" is worth at most 2',
        '"X" is not a checkpoint of this rubric',
        '"D9" is not a deduction of this rubric',
      ],
    });
  });

  it('refuses a rubric above 7 points and accepts one of exactly 7', () => {
    expect(
      rubricSchema.safeParse({ checkpoints: [{ id: 'a', text: 'x', points: 7 }] }).success,
    ).toBe(true);
    const over = rubricSchema.safeParse({
      checkpoints: [
        { id: 'a', text: 'x', points: 4 },
        { id: 'b', text: 'y', points: 4 },
      ],
    });
    expect(over.success).toBe(false);
  });
});
