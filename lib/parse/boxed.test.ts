import { describe, expect, it } from 'vitest';
import { extractBoxed, findBoxed, lastBoxedScore, lastLabelledBoxedScore } from './boxed';

describe('extractBoxed', () => {
  it('balances nested braces', () => {
    expect(extractBoxed('so \\boxed{\\frac{1}{2}} and \\boxed{f(x)=\\{x\\}}')).toEqual([
      '\\frac{1}{2}',
      'f(x)=\\{x\\}',
    ]);
  });

  it('accepts a space before the brace and \\fbox, skips an unclosed box', () => {
    expect(extractBoxed('\\boxed {1} \\fbox{0} \\boxed{0.5')).toEqual(['1', '0']);
  });

  it('records where each box starts', () => {
    expect(findBoxed('ab\\boxed{1}')).toEqual([{ content: '1', start: 2 }]);
  });
});

describe('lastBoxedScore', () => {
  it.each([
    ['score: \\boxed{0.5}', 0.5],
    ['\\boxed{1}', 1],
    ['\\boxed{\\frac{1}{2}}', 0.5],
    ['\\boxed{ 0 }', 0],
    ['answer \\boxed{136}, score \\boxed{1}', 1],
    ['\\boxed{\\text{yes}}', null],
    ['no box', null],
  ])('%j → %s', (text, score) => {
    expect(lastBoxedScore(text)).toBe(score);
  });
});

describe('lastLabelledBoxedScore', () => {
  it('ignores boxed answers that are not introduced as a score', () => {
    expect(lastLabelledBoxedScore('The solution ends with \\boxed{4}.')).toBeNull();
    expect(
      lastLabelledBoxedScore(
        'answer \\boxed{1}\n\nThe final overall score should be:\n\\boxed{0.5}',
      ),
    ).toBe(0.5);
  });
});
