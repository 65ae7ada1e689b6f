import { describe, expect, it } from 'vitest';
import { verdictOf } from './verdict-of';

/** Putnam 2024 A1's descent: a hypothesis tagged (∗), then a substitution into it. */
const DESCENT = [
  'Now suppose that positive integers \\(a,b,c\\) satisfy',
  '\\[ 2a^n + 3b^n = 4c^n \\tag{∗} \\]',
  'Then \\(b\\) is even. Write \\(b = 2b_1\\).',
  '',
  'Substituting \\(b=2b_1\\) into (∗) gives',
  '',
  '\\[ 2a^n + 3\\cdot2^n b_1^n = 4c^n \\]',
].join('\n');

describe('equations the sentence cites by their tag', () => {
  it('goes from a tagged equation the text cites, even one it supposed', () => {
    expect(verdictOf(DESCENT, '2a^n + 3\\cdot2^n b_1^n = 4c^n')).toMatchObject({
      verdict: 'holds',
      basis: 'follows from 2a^n + 3b^n = 4c^n (line 2), b=2b_1 (line 5)',
    });
  });

  it('takes nothing from a hypothesis the sentence does not cite', () => {
    const uncited = DESCENT.replace('into (∗) gives', 'gives');
    expect(verdictOf(uncited, '2a^n + 3\\cdot2^n b_1^n = 4c^n').verdict).toBe('skipped');
    // A citation of a tag no equation has is no citation.
    const other = DESCENT.replace('into (∗) gives', 'into (7) gives');
    expect(verdictOf(other, '2a^n + 3\\cdot2^n b_1^n = 4c^n').verdict).toBe('skipped');
  });

  it('reads "(\\ast)" and "$*$" as one label, and gives a label the equations before it', () => {
    const starred = DESCENT.replace('\\tag{∗}', '\\tag{$\\ast$}').replace('into (∗)', 'into (*)');
    expect(verdictOf(starred, '2a^n + 3\\cdot2^n b_1^n = 4c^n').verdict).toBe('holds');
    const rows = [
      'Suppose that',
      '\\[ u = 2v \\tag{1} \\]',
      '\\[ x + y = 4c^n + u. \\tag{2} \\]',
      'Subtracting \\(u\\) from both sides of (2), and putting in (1), gives',
      '\\[ x + y - 2v = 4c^n \\]',
    ].join('\n');
    expect(verdictOf(rows, 'x + y - 2v = 4c^n')).toMatchObject({
      verdict: 'holds',
      basis: 'follows from u = 2v (line 2), x + y = 4c^n + u (line 3)',
    });
  });

  it('reads a label given again as the new equation, not the old one', () => {
    const again = DESCENT.replace(
      'Then \\(b\\) is even.',
      'Then \\(b\\) is even, and \\[ 2a^n = 4c^n + 1 \\tag{∗} \\]',
    );
    expect(verdictOf(again, '2a^n + 3\\cdot2^n b_1^n = 4c^n').verdict).toBe('skipped');
  });
});
