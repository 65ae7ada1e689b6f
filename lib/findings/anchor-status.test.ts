import { describe, expect, it } from 'vitest';
import { anchorStatus, stampAnchor, textSimilarity } from './anchor-status';

describe('anchor status', () => {
  const line =
    'Moreover, \\(f(x) \\ge \\frac{3x}{2}\\) holds termwise for every \\(x \\in (0, 1)\\).';
  it('is current when untouched, modified after a small edit, outdated when gone or rewritten', () => {
    expect(anchorStatus(line, line)).toBe('current');
    expect(anchorStatus(line, line.replace('termwise', 'term by term'))).toBe('modified');
    expect(anchorStatus(line, '')).toBe('outdated');
    expect(anchorStatus(line, 'Completely different reasoning about g.')).toBe('outdated');
  });
  it('similarity is symmetric and 1 for equal texts', () => {
    expect(textSimilarity('abc def', 'abc def')).toBe(1);
    expect(textSimilarity('abcd', 'bcda')).toBeCloseTo(textSimilarity('bcda', 'abcd'));
  });
  it('stamps the covered text on placement', () => {
    const a = stampAnchor('hello world', {
      startLine: 1,
      endLine: 1,
      startOffset: 6,
      endOffset: 11,
      confidence: 'exact',
      similarity: 1,
    });
    expect(a).toMatchObject({ text: 'world', status: 'current' });
    expect(stampAnchor('x', null)).toBeNull();
  });
});
