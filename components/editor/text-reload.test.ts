import { describe, expect, test } from 'vitest';
import { shouldReplaceText } from './text-reload';

const base = {
  previousRoundId: 'r2',
  roundId: 'r2',
  typedUnsaved: false,
  editorText: 'a proof, edited',
  newText: 'a proof',
};

describe('shouldReplaceText', () => {
  test('keeps text typed into the same round that is not saved yet', () => {
    expect(shouldReplaceText({ ...base, typedUnsaved: true })).toBe(false);
  });
  test('replaces the text of the same round when nothing is waiting to be saved (another writer)', () => {
    expect(shouldReplaceText(base)).toBe(true);
  });
  test('another round always gets its own text', () => {
    expect(shouldReplaceText({ ...base, roundId: 'r3', typedUnsaved: true })).toBe(true);
    expect(shouldReplaceText({ ...base, previousRoundId: null, typedUnsaved: true })).toBe(true);
  });
  test('the same text is left alone (no cursor jump)', () => {
    expect(shouldReplaceText({ ...base, newText: base.editorText })).toBe(false);
  });
});
