import { describe, expect, it } from 'vitest';
import { anchorFromSelection } from './selection-anchor';

const PROOF = ['Let n be odd.', '  Then n^2 is odd.', '', 'Hence n^2 - 1 is even.'].join('\n');

describe('anchorFromSelection', () => {
  it('quotes whole lines without columns, trimmed of surrounding blanks', () => {
    const r = anchorFromSelection(PROOF, { startLine: 2, endLine: 2 });
    expect(r.ok && r.quote).toBe('Then n^2 is odd.');
    expect(r.ok && r.anchor).toMatchObject({
      startLine: 2,
      endLine: 2,
      confidence: 'exact',
      similarity: 1,
      status: 'current',
      text: 'Then n^2 is odd.',
    });
    if (r.ok) expect(PROOF.slice(r.anchor.startOffset, r.anchor.endOffset)).toBe(r.quote);
  });

  it('anchors exactly on a selection inside lines (1-based columns, end exclusive)', () => {
    const r = anchorFromSelection(PROOF, {
      startLine: 1,
      endLine: 2,
      startColumn: 5,
      endColumn: 7,
    });
    expect(r.ok && r.quote).toBe('n be odd.\n  Then');
    expect(r.ok && [r.anchor.startLine, r.anchor.endLine]).toEqual([1, 2]);
  });

  it('selecting two lines by their numbers (ending at column 1 of the next) quotes those two', () => {
    const r = anchorFromSelection(PROOF, {
      startLine: 1,
      endLine: 3,
      startColumn: 1,
      endColumn: 1,
    });
    expect(r.ok && r.quote).toBe('Let n be odd.\n  Then n^2 is odd.');
    expect(r.ok && [r.anchor.startLine, r.anchor.endLine]).toEqual([1, 2]);
  });

  it('treats an empty range (a cursor) as its whole line', () => {
    const r = anchorFromSelection(PROOF, {
      startLine: 4,
      endLine: 4,
      startColumn: 3,
      endColumn: 3,
    });
    expect(r.ok && r.quote).toBe('Hence n^2 - 1 is even.');
  });

  it('keeps offsets right with Windows line ends', () => {
    const crlf = PROOF.replace(/\n/g, '\r\n');
    const r = anchorFromSelection(crlf, { startLine: 4, endLine: 4 });
    expect(r.ok && r.quote).toBe('Hence n^2 - 1 is even.');
    if (r.ok) expect(crlf.slice(r.anchor.startOffset, r.anchor.endOffset)).toBe(r.quote);
  });

  it('refuses lines outside the proof, blank lines and reversed ranges, saying why', () => {
    expect(anchorFromSelection(PROOF, { startLine: 4, endLine: 9 })).toEqual({
      ok: false,
      message: 'Lines 4–9 are outside the proof: the proof has 4 lines.',
    });
    expect(anchorFromSelection('', { startLine: 1, endLine: 1 })).toEqual({
      ok: false,
      message: 'Line 1 is outside the proof: the proof is empty.',
    });
    const blank = anchorFromSelection(PROOF, { startLine: 3, endLine: 3 });
    expect(blank.ok).toBe(false);
    expect(!blank.ok && blank.message).toMatch(/Line 3 is blank/);
    expect(anchorFromSelection(PROOF, { startLine: 3, endLine: 2 }).ok).toBe(false);
  });
});
