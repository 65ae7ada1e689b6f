import { describe, expect, it } from 'vitest';
import { withTempDb } from '@/test/fixtures/temp-db';

/**
 * The checker's findings on a real database: stored per round with their counts, shown in
 * the session, a decision kept while the formula is unchanged, recomputed after a hand edit.
 */
withTempDb();

const PROOF = [
  'We expand the square.',
  '\\[',
  '(a+b)^2 = a^2 + ab + b^2.',
  '\\]',
  'Also \\(2^{10} = 1024\\) and \\(x = 3\\).',
].join('\n');

async function newRound(proof: string) {
  const { createSession, createRound } = await import('@/lib/db');
  const sessionId = await createSession({ problem: 'Expand.' });
  const round = await createRound({ sessionId, origin: 'manual', proof });
  return { sessionId, roundId: round.id };
}

describe('checking a round', () => {
  it('stores the false relation as a checker finding on its line, with counts in the session', async () => {
    const { checkRound } = await import('./check-round');
    const { sessionDetail } = await import('@/lib/sessions/service');
    const { sessionId, roundId } = await newRound(PROOF);
    const result = await checkRound(roundId);
    expect(result.stats).toEqual({ relations: 3, holds: 1, false: 1, skipped: 1 });
    expect(result.findings).toHaveLength(1);
    const [f] = result.findings;
    expect(f).toMatchObject({
      source: 'checker',
      severity: 'gap',
      category: 'computation',
      decision: 'pending',
      quote: '\\((a+b)^2 = a^2 + ab + b^2\\)',
      anchor: expect.objectContaining({ startLine: 3, endLine: 3, confidence: 'exact' }),
    });
    // The values it failed at are math in the description (typeset like the relation's own).
    expect(f.description).toMatch(
      /at \\\(\{a = [\d.]+\}\\\), \\\(\{b = [\d.]+\}\\\): left [\d.]+, right [\d.]+/,
    );
    const detail = await sessionDetail(sessionId);
    const round = detail.rounds[0];
    expect(round.findings.map((x) => x.source)).toEqual(['checker']);
    expect(round.check?.stats).toEqual(result.stats);
    // The session carries the counts; every relation read is on the round's own check.
    expect(round.check).not.toHaveProperty('relations');
    const { storedRelations } = await import('./check-round');
    const stored = await storedRelations(roundId);
    expect(stored.stats).toEqual(result.stats);
    expect(stored.relations.find((r) => r.verdict === 'skipped')?.reason).toBe(
      'depends on context (a case or condition on a symbol)',
    );
    // A round never checked has no relations to give: not found, not an empty list.
    const unchecked = await newRound(PROOF);
    await expect(storedRelations(unchecked.roundId)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('keeps a decision while the formula is unchanged, and drops the finding once it is fixed', async () => {
    const { checkRound } = await import('./check-round');
    const { setDecision } = await import('@/lib/db');
    const { editRoundProof } = await import('@/lib/sessions/service');
    const { roundId } = await newRound(PROOF);
    const [f] = (await checkRound(roundId)).findings;
    await setDecision(f.id, 'accepted');
    // An edit elsewhere: the same formula, now one line lower.
    await editRoundProof(roundId, `A new first line.\n${PROOF}`);
    const after = await checkRound(roundId);
    expect(after.findings).toEqual([
      expect.objectContaining({
        id: f.id,
        decision: 'accepted',
        anchor: expect.objectContaining({ startLine: 4 }),
      }),
    ]);
    // The fix: the hand edit alone reruns the checker.
    await editRoundProof(roundId, PROOF.replace('a^2 + ab + b^2', 'a^2 + 2ab + b^2'));
    const { listRoundFindings } = await import('@/lib/db');
    expect(await listRoundFindings(roundId)).toEqual([]);
  });

  it('sends an accepted checker finding to Refine, said to be computed', async () => {
    const { refinementPrompt } = await import('@/lib/prompts/refine');
    const prompt = refinementPrompt('Expand.', PROOF, [
      {
        severity: 'gap',
        quote: '(a+b)^2 = a^2 + ab + b^2',
        lines: 'L3',
        description: 'Computed by the checker, this relation is false.',
        suggestion: '',
        decision: 'accepted',
        note: '',
        source: 'checker',
        category: 'computation',
      },
    ]);
    const text = prompt.messages.map((m) => m.content).join('\n');
    expect(text).toContain('computed by the deterministic checker');
    expect(text).toContain('(a+b)^2 = a^2 + ab + b^2');
  });

  it('drops a queued check quietly once its round is deleted, and logs a real failure', async () => {
    const { vi } = await import('vitest');
    const { checkRoundQuietly } = await import('./check-round');
    const { deleteSessionRows } = await import('@/lib/db/queries/session-delete');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { sessionId, roundId } = await newRound(PROOF);
      // Deleted before its turn in the checker's queue: nothing to check, nothing to report.
      await deleteSessionRows(sessionId);
      await checkRoundQuietly(roundId);
      await checkRoundQuietly('no-such-round');
      expect(errors).not.toHaveBeenCalled();
      // A round that is still there and cannot be checked is reported.
      const kept = await newRound(PROOF);
      const { getDb } = await import('@/lib/db/client');
      getDb().$client.exec('ALTER TABLE round_checks RENAME TO round_checks_gone');
      try {
        await checkRoundQuietly(kept.roundId);
      } finally {
        getDb().$client.exec('ALTER TABLE round_checks_gone RENAME TO round_checks');
      }
      expect(errors).toHaveBeenCalledWith(
        `checker failed on round ${kept.roundId}:`,
        expect.any(Error),
      );
    } finally {
      errors.mockRestore();
    }
  });
});
