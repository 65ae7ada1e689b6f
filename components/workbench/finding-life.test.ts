import { describe, expect, it } from 'vitest';
import { aFinding, aRound } from '@/test/fixtures/session';
import { findingLife } from './finding-life';

const finding = (id: string, roundId: string, carriedFromId: string | null = null) =>
  aFinding(id, roundId, { decision: 'accepted', carriedFromId });
const round = aRound;

describe('findingLife.resolvedIn', () => {
  const r1 = round('r1', 1, { score: 0, findings: [finding('a', 'r1'), finding('b', 'r1')] });

  it('claims nothing resolved in a round that is not verified', () => {
    const r2 = round('r2', 2, { parentRoundId: 'r1', findings: [finding('c', 'r2', 'a')] });
    expect(findingLife([r1, r2]).resolvedIn(r2)).toEqual([]);
  });

  it('lists the parent findings a verified round no longer carries', () => {
    const r2 = round('r2', 2, {
      parentRoundId: 'r1',
      score: 0.5,
      findings: [finding('c', 'r2', 'a')],
    });
    expect(
      findingLife([r1, r2])
        .resolvedIn(r2)
        .map((f) => f.id),
    ).toEqual(['b']);
  });
});
