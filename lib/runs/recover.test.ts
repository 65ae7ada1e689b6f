import { describe, expect, it } from 'vitest';
import {
  completeRoundDraft,
  createRound,
  createRun,
  createSession,
  getRoundRow,
  getRun,
  persistRunProgress,
} from '@/lib/db';
import { withTempDb } from '@/test/fixtures/temp-db';
import { recoverInterruptedRuns } from './recover';

withTempDb();

async function roundWithProof(proof: string) {
  const sessionId = await createSession({ problem: 'Prove it.' });
  const round = await createRound({ sessionId, origin: 'generate' });
  await completeRoundDraft(round.id, {
    proof,
    selfEvaluation: null,
    selfScore: null,
    truncated: false,
  });
  return { sessionId, roundId: round.id };
}

async function runningWith(run: { id: string }, text: string) {
  await persistRunProgress({
    runId: run.id,
    events: [{ seq: 1, event: { type: 'text', delta: text } }],
    text: '',
    reasoning: '',
    status: 'running',
  });
}

describe('recovering runs a crash left running', () => {
  it('keeps a refine draft in its round, and leaves the round a part rewrite read untouched', async () => {
    const proof = '**Lemma 1.** A.\n\n**Lemma 2.** B.';
    const { sessionId, roundId } = await roundWithProof(proof);
    const part = await createRun({
      sessionId,
      roundId,
      kind: 'refine',
      model: 'mock',
      params: { nodeId: 'lemma-2' },
    });
    await runningWith(part, 'Lemma 2 needs === BEGIN REPLACEMENT ===\n**Lemma 2.** Half');
    const draftRound = await createRound({ sessionId, origin: 'refine' });
    const whole = await createRun({
      sessionId,
      roundId: draftRound.id,
      kind: 'refine',
      model: 'mock',
    });
    await runningWith(whole, '## Solution\n\nA partial draft');

    expect(await recoverInterruptedRuns()).toBe(2);
    expect((await getRun(part.id))?.status).toBe('interrupted');
    expect((await getRoundRow(roundId))?.proof).toBe(proof);
    expect((await getRoundRow(draftRound.id))?.proof).toBe('A partial draft');
    expect((await getRoundRow(draftRound.id))?.truncated).toBe(true);
  });
});
