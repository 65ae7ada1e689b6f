import { expect, it } from 'vitest';
import { foldingRanges } from './folding';
import { buildOutline } from './outline';

it('folds each node of several lines from its label to its end, never an equation', () => {
  const text = [
    '## 1. Setup', // 1
    '**Lemma 1.** x', // 2
    '\\[ a = b \\tag{1} \\]', // 3
    '*Proof.* y', // 4
    'z', // 5
    '**Case 1.** one line', // 6
  ].join('\n');
  expect(foldingRanges(buildOutline(text).nodes)).toEqual([
    { start: 1, end: 6 },
    { start: 2, end: 6 },
    { start: 4, end: 6 },
  ]);
});
