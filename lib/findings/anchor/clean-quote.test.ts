import { describe, expect, it } from 'vitest';
import { quoteCandidates } from './clean-quote';

describe('quoteCandidates', () => {
  it('strips labels, list markers and surrounding quotes', () => {
    expect(quoteCandidates('*   **Location:** "Then $x > 0$."')[0]).toBe('Then $x > 0$.');
    expect(quoteCandidates('Quote: “Then x > 0”.')[0]).toBe('Then x > 0');
    expect(quoteCandidates("'single'")[0]).toBe('single');
  });

  it('strips leaked line-number prefixes', () => {
    expect(quoteCandidates('L12| first line\nL013|second line')[0]).toBe('first line\nsecond line');
  });

  it('turns editorial elisions into a plain ellipsis', () => {
    expect(quoteCandidates('"Start here [...] and end there"')[0]).toBe(
      'Start here ... and end there',
    );
  });

  it('offers passages quoted inside a description after the whole text', () => {
    const candidates = quoteCandidates(
      'The entire section following "For the special case $d=1$" up to the end, concluding "Thus it holds."',
    );
    expect(candidates.slice(1)).toEqual(['For the special case $d=1$', 'Thus it holds.']);
  });

  it('returns nothing for an empty quote', () => {
    expect(quoteCandidates('  **Location:**  ')).toEqual([]);
  });
});
