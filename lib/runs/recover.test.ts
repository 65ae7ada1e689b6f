import { describe, expect, it } from 'vitest';
import {
  completeRoundDraft,
  createRound,
  createRun,
  createSession,
  getRoundRow,
  getRun,
  listRunEvents,
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

  it("ends an interrupted draft's stream with the stored draft, so a reader's editor shows it", async () => {
    const sessionId = await createSession({ problem: 'Prove it.' });
    const round = await createRound({ sessionId, origin: 'generate' });
    const run = await createRun({ sessionId, roundId: round.id, kind: 'generate', model: 'mock' });
    await runningWith(run, '## Solution\n\nHalf a proof');

    expect(await recoverInterruptedRuns()).toBe(1);
    const last = (await listRunEvents(run.id, 0)).at(-1)?.event;
    expect(last).toMatchObject({
      type: 'status',
      status: 'interrupted',
      draft: { roundId: round.id, proof: 'Half a proof' },
    });
  });
});
