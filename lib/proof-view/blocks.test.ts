import { describe, expect, it } from 'vitest';
import { blockForLine, splitProofBlocks } from './blocks';

describe('splitProofBlocks', () => {
  it('splits at blank lines and numbers lines as the verifier does', () => {
    const proof = 'First line\nsecond line\n\nThird\n\n\nFourth';
    expect(splitProofBlocks(proof).map((b) => [b.startLine, b.endLine, b.display])).toEqual([
      [1, 2, false],
      [4, 4, false],
      [7, 7, false],
    ]);
  });

  it('never splits inside display math, $$ pairs, environments or code fences', () => {
    const proof = [
      'Text', // 1
      '', // 2
      '\\[', // 3
      'a = b', // 4
      '', // 5
      'c = d', // 6
      '\\]', // 7
      '', // 8
      '$$', // 9
      'x', // 10
      '', // 11
      '$$', // 12
      '\\begin{align*}', // 13
      '', // 14
      '\\end{align*}', // 15
      '', // 16
      '```', // 17
      '', // 18
      '```', // 19
    ].join('\n');
    expect(splitProofBlocks(proof).map((b) => [b.startLine, b.endLine, b.display])).toEqual([
      [1, 1, false],
      [3, 7, true],
      [9, 15, true],
      [17, 19, false],
    ]);
  });

  it('finds the block of a line, clamping past the end', () => {
    const blocks = splitProofBlocks('a\n\nb\nc\n\nd');
    expect([1, 2, 3, 4, 6, 99].map((l) => blockForLine(blocks, l))).toEqual([0, 1, 1, 1, 2, 2]);
    expect(splitProofBlocks('')).toEqual([]);
  });
});

describe('splitProofBlocks with cuts', () => {
  it('starts blocks at the cut lines, except inside a formula', () => {
    const proof = ['a', 'b', 'c', 'd', '\\[', 'x', 'y', '\\]', 'e'].join('\n');
    expect(splitProofBlocks(proof, [2, 4, 7]).map((b) => [b.startLine, b.endLine])).toEqual([
      [1, 1],
      [2, 3],
      [4, 9],
    ]);
  });

  it('never cuts an inline formula that wraps onto the next line', () => {
    const proof = [
      'We have \\(a +', // 1
      '    b = c\\) and so on.', // 2
      'Next line', // 3
      '', // 4
      '$$x', // 5
      '', // 6
      '= y$$ then', // 7
    ].join('\n');
    expect(splitProofBlocks(proof, [2, 3, 6]).map((b) => [b.startLine, b.endLine])).toEqual([
      [1, 2],
      [3, 3],
      [5, 7],
    ]);
  });
});
