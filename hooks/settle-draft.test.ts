import { describe, expect, it } from 'vitest';
import type { Round, SessionDetail } from '@/lib/schemas';
import { aRound } from '@/test/fixtures/session';
import { settleDraft } from './settle-draft';

const round = (id: string, proof: string) =>
  aRound(id, 1, { origin: 'generate', proof, findings: [], verification: null });
const session = (rounds: Round[], runs: { id: string; status: string }[]) =>
  ({ id: 's', rounds, runs }) as unknown as SessionDetail;

describe('settleDraft', () => {
  it('shows the stored proof in its round and the run as ended, nothing else changed', () => {
    const other = round('r1', 'One.');
    const before = session(
      [other, round('r2', '')],
      [
        { id: 'run2', status: 'running' },
        { id: 'run1', status: 'succeeded' },
      ],
    );
    const next = settleDraft(before, 'run2', 'succeeded', { roundId: 'r2', proof: 'Two.' });
    expect(next?.rounds.map((r) => r.proof)).toEqual(['One.', 'Two.']);
    expect(next?.rounds[0]).toBe(other);
    expect(next?.runs.map((r) => r.status)).toEqual(['succeeded', 'succeeded']);
  });

  it('adds a round the page does not hold yet, as the event brought it, in its place', () => {
    const before = session([round('r1', 'One.')], [{ id: 'run2', status: 'running' }]);
    const stored = aRound('r2', 2, { origin: 'generate', proof: 'Two.', findings: [] });
    const next = settleDraft(before, 'run2', 'succeeded', {
      roundId: 'r2',
      proof: 'Two.',
      round: stored,
    });
    expect(next?.rounds.map((r) => [r.id, r.index, r.proof])).toEqual([
      ['r1', 1, 'One.'],
      ['r2', 2, 'Two.'],
    ]);
    expect(next?.runs.map((r) => r.status)).toEqual(['succeeded']);
  });

  it('leaves a round it cannot add (the event has none) to the next read', () => {
    const before = session([round('r1', 'One.')], [{ id: 'run2', status: 'running' }]);
    expect(settleDraft(before, 'run2', 'stopped', { roundId: 'r2', proof: 'Two.' })).toBeNull();
  });
});
