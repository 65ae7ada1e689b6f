import { describe, expect, it } from 'vitest';
import type { Anchor, Finding, Round, SessionDetail } from '@/lib/schemas';
import { aFinding, aRound } from '@/test/fixtures/session';
import { applySavedProof } from './apply-saved-proof';

const at = (startLine: number): Anchor => ({
  startLine,
  endLine: startLine,
  startOffset: startLine * 10,
  endOffset: startLine * 10 + 5,
  confidence: 'exact',
  similarity: 1,
  status: 'current',
  text: 'quote',
});
const round = (id: string, proof: string, findings: Finding[]) =>
  aRound(id, 1, { origin: 'generate', proof, findings, verification: null });
const session = (rounds: Round[]) => ({ id: 's', rounds }) as unknown as SessionDetail;

describe('applySavedProof', () => {
  it('puts the text and the places stored with it into the round together', () => {
    const held = aFinding('v', 'r1', { anchor: at(3), decision: 'accepted' });
    const other = round('r2', 'Other.', []);
    const next = applySavedProof(session([round('r1', 'Old.', [held]), other]), 'r1', 'New.', {
      findings: [aFinding('v', 'r1', { anchor: at(6) })],
    });
    expect(next.rounds[0].proof).toBe('New.');
    expect(next.rounds[0].findings[0].anchor?.startLine).toBe(6);
    // The decision the page holds is kept: it may be newer than what the save read.
    expect(next.rounds[0].findings[0].decision).toBe('accepted');
    expect(next.rounds[1]).toBe(other);
  });

  it("takes the checker's findings from the save, and keeps what the person did meanwhile", () => {
    const staleCheck = aFinding('c-old', 'r1', { source: 'checker', anchor: at(2) });
    const deleted = aFinding('gone', 'r1', { anchor: at(4) });
    const added = aFinding('mine', 'r1', { source: 'person', anchor: at(5) });
    const next = applySavedProof(
      session([round('r1', 'Old.', [staleCheck, added])]),
      'r1',
      'New.',
      {
        findings: [aFinding('c-new', 'r1', { source: 'checker', anchor: at(7) }), deleted],
      },
    );
    expect(next.rounds[0].findings.map((f) => f.id)).toEqual(['c-new', 'mine']);
  });
});
