import { describe, expect, it } from 'vitest';
import { titleFromProblem } from './problem-title';

describe('titleFromProblem', () => {
  it('takes the first non-empty line without its Markdown marks', () => {
    expect(titleFromProblem('\n## **Problem 3.** Let $n \\ge 1$.\nProve it.')).toBe(
      'Problem 3. Let $n \\ge 1$.',
    );
    expect(titleFromProblem('- Item one with $x^2$\n- Item two')).toBe('Item one with $x^2$');
    expect(titleFromProblem('1. Show that $a > 0$.\n2. Find $a$.')).toBe('Show that $a > 0$.');
  });

  it('takes a display formula that opens the problem whole, not its "$$" line', () => {
    expect(titleFromProblem('$$\n\\sum_{k=1}^n k = m\n$$\nFind $m$.')).toBe(
      '$$ \\sum_{k=1}^n k = m $$',
    );
    expect(titleFromProblem('\\[\nx^2 = 2\n\\]')).toBe('\\[ x^2 = 2 \\]');
  });

  it('keeps a minus or a number that is not a bullet', () => {
    expect(titleFromProblem('-1 is a root of $p$.')).toBe('-1 is a root of $p$.');
    expect(titleFromProblem('2024 points lie on a circle.')).toBe('2024 points lie on a circle.');
  });

  it('says so when there is nothing to show', () => {
    expect(titleFromProblem('  \n ')).toBe('Untitled problem');
  });
});
