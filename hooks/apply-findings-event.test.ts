import { describe, expect, it } from 'vitest';
import type { Finding, FindingsEvent, Round, SessionDetail } from '@/lib/schemas';
import { aFinding, aRound } from '@/test/fixtures/session';
import { applyFindingsEvent } from './apply-findings-event';

const finding = (id: string, roundId: string) => aFinding(id, roundId, { severity: 'critical' });
const round = (id: string, findings: Finding[] = []) =>
  aRound(id, 1, { origin: 'generate', proof: 'Proof.', findings, verification: null });

const session = (rounds: Round[]) => ({ id: 's', rounds }) as unknown as SessionDetail;

const event = (roundId: string, findings: Finding[]): FindingsEvent => ({
  type: 'findings',
  roundId,
  score: 0,
  findings,
  verification: null,
});

describe('applyFindingsEvent', () => {
  it("replaces the round's findings and score, leaving the other rounds as they are", () => {
    const r2 = round('r2', [finding('old', 'r2')]);
    const next = applyFindingsEvent(session([round('r1'), r2]), event('r1', [finding('f', 'r1')]));
    expect(next?.rounds[0].findings.map((f) => f.id)).toEqual(['f']);
    expect(next?.rounds[0].score).toBe(0);
    expect(next?.rounds[1]).toBe(r2);
  });

  it('leaves the session alone for a round it does not hold yet', () => {
    const before = session([round('r1')]);
    expect(applyFindingsEvent(before, event('r9', [finding('f', 'r9')]))).toBe(before);
    expect(applyFindingsEvent(undefined, event('r1', []))).toBeUndefined();
  });
});
