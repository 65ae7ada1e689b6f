import { describe, expect, it } from 'vitest';
import { parseScoreText, scoreFromPhrase, toRubricScore } from './score';

describe('parseScoreText', () => {
  it.each([
    ['0.5', 0.5],
    ['1', 1],
    [' 0 ', 0],
    ['\\frac{1}{2}', 0.5],
    ['\\dfrac12', 0.5],
    ['\\tfrac{1}{2}', 0.5],
    ['1/2', 0.5],
    ['\\text{0.5}', 0.5],
    ['{0.5}', 0.5],
    ['$1$', 1],
    ['1.0', 1],
    ['0,5', 0.5],
    ['½', 0.5],
    ['\\, 1 \\,', 1],
  ])('reads %j as %d', (text, value) => {
    expect(parseScoreText(text)).toBe(value);
  });

  it.each(['x = 2', '0,1,3', '\\text{No – such a sequence does not exist.}', '', '1/0'])(
    'refuses %j',
    (text) => {
      expect(parseScoreText(text)).toBeNull();
    },
  );
});

describe('toRubricScore', () => {
  it('keeps values in [0, 1] and refuses the rest (a boxed answer is not a grade)', () => {
    expect(toRubricScore(0.5)).toBe(0.5);
    expect(toRubricScore(0.75)).toBe(0.75);
    expect(toRubricScore(4)).toBeNull();
    expect(toRubricScore(-1)).toBeNull();
    expect(toRubricScore(null)).toBeNull();
  });
});

describe('scoreFromPhrase', () => {
  it('reads the last "score: x"', () => {
    expect(scoreFromPhrase('Score: 0\n…\nFinal score: 0.5')).toBe(0.5);
    expect(scoreFromPhrase('My overall score is \\frac{1}{2}.')).toBe(0.5);
    expect(scoreFromPhrase('no grade here')).toBeNull();
  });
});
