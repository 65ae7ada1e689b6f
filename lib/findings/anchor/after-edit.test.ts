import { describe, expect, test } from 'vitest';
import type { Anchor } from '@/lib/schemas/findings';
import { exactAnchor } from '@/test/fixtures/anchor';
import { type AnchoredFinding, placementsAfterEdit } from './after-edit';

const OLD = ['Let n be odd.', 'Then n^2 is odd.', 'Hence the claim.'].join('\n');

function at(quote: string, id: string, extra: Partial<AnchoredFinding> = {}): AnchoredFinding {
  return { id, carriedFromId: null, anchor: exactAnchor(OLD, quote), ...extra };
}

const drawn = (findingId: string) => ({
  findingId,
  startLine: 9,
  endLine: 9,
  startOffset: 90,
  endOffset: 95,
  status: 'modified' as const,
});

describe('placementsAfterEdit', () => {
  test('the editor’s place wins, by id or by the finding it was carried from', () => {
    const out = placementsAfterEdit(
      [at('n^2 is odd', 'a'), at('the claim', 'b', { carriedFromId: 'old-b' })],
      [drawn('a'), drawn('old-b')],
      OLD,
      `${OLD}\nMore.`,
    );
    expect(out).toEqual([drawn('a'), { ...drawn('old-b'), findingId: 'b' }]);
  });

  test('a finding the editor did not draw is carried through the edit onto its text', () => {
    const text = `One.\nTwo.\n${OLD}`;
    const [p] = placementsAfterEdit([at('n^2 is odd', 'a')], [], OLD, text);
    expect(p).toMatchObject({ findingId: 'a', startLine: 4, endLine: 4, status: 'current' });
    expect(text.slice(p.startOffset, p.endOffset)).toBe('n^2 is odd');
  });

  test('its text deleted, it is outdated where the text was; edited inside, modified', () => {
    const gone = placementsAfterEdit(
      [at('n^2 is odd', 'a')],
      [],
      OLD,
      OLD.replace('Then n^2 is odd.\n', ''),
    );
    expect(gone[0].status).toBe('outdated');
    const edited = OLD.replace('Then n^2 is odd.', 'Then n^2 is odd too.');
    expect(placementsAfterEdit([at('n^2 is odd', 'a')], [], OLD, edited)[0].status).not.toBe(
      'current',
    );
  });

  test('nothing to do for an unchanged text, an orphan, or a finding without an anchor', () => {
    const orphan = at('the claim', 'o');
    orphan.anchor = { ...(orphan.anchor as Anchor), confidence: 'orphan' };
    expect(placementsAfterEdit([at('the claim', 'a')], [], OLD, OLD)).toEqual([]);
    expect(
      placementsAfterEdit(
        [orphan, { id: 'x', carriedFromId: null, anchor: null }],
        [],
        OLD,
        `X\n${OLD}`,
      ),
    ).toEqual([]);
  });
});
