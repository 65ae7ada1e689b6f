import { describe, expect, it } from 'vitest';
import type { Finding, Round } from '@/lib/schemas';
import { findingLife } from './finding-life';

const finding = (id: string, roundId: string, carriedFromId: string | null = null): Finding => ({
  id,
  roundId,
  severity: 'gap',
  quote: 'q',
  description: 'd',
  suggestion: '',
  category: null,
  citedLines: null,
  anchor: null,
  decision: 'accepted',
  note: '',
  carriedFromId,
});

const round = (id: string, index: number, p: Partial<Round>): Round => ({
  id,
  index,
  origin: 'refine',
  proof: 'x',
  selfEvaluation: null,
  selfScore: null,
  score: null,
  truncated: false,
  sourceRunId: null,
  parentRoundId: null,
  findings: [],
  createdAt: 0,
  updatedAt: 0,
  ...p,
});

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
