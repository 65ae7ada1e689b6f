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
  test('the round a save of this text forked is the same document: keys typed meanwhile stay', () => {
    const forked = { ...base, roundId: 'r3', continues: ['r2'], typedUnsaved: true };
    expect(shouldReplaceText(forked)).toBe(false);
    // Nothing typed since: the stored text of the new round is loaded.
    expect(shouldReplaceText({ ...forked, typedUnsaved: false })).toBe(true);
    // A round that continues another one than the editor shows is another document.
    expect(shouldReplaceText({ ...forked, continues: ['r1'] })).toBe(true);
  });
  test('the same text is left alone (no cursor jump)', () => {
    expect(shouldReplaceText({ ...base, newText: base.editorText })).toBe(false);
  });
});
