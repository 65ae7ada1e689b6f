import { describe, expect, it } from 'vitest';
import { MOCK_FIXED_LINE, MOCK_FLAWED_LINE, MOCK_GAP_LINE } from '@/scripts/mock-model/proof-texts';
import { MOCK_STRUCTURED_PROOF } from '@/scripts/mock-model/structured-proof';
import { finishedRun, structuredDraftSession, withModelAndDb } from '../test-support';

/**
 * Autopilot, part by part (issue 17), through the one run engine, the scripted model server
 * and a real SQLite file: each lemma is verified alone; Lemma 2 (the planted flaw) fails and
 * is rewritten alone (the scripted verifier finds nothing once the flaw is gone, so Lemma 3
 * passes on its own); then the whole proof is verified once.
 */
const { ctx, control } = withModelAndDb('autopilot-parts');

const AUTOPILOT = {
  kind: 'autopilot' as const,
  samples: 2,
  maxRounds: 5,
  passRule: { type: 'all-samples' as const },
  pauseEachRound: false,
  byParts: true,
};

type Logged = { kind: string; messages: { content: string }[] };
async function requests(): Promise<Logged[]> {
  const body = await (await fetch(`${ctx.mock.url}/__log`)).json();
  return Array.isArray(body) ? body : body.requests;
}

async function structuredSession() {
  const { id } = await structuredDraftSession(control);
  await fetch(`${ctx.mock.url}/__reset`, { method: 'POST' });
  await control({ scenario: 'structured' });
  return id;
}

describe('autopilot, part by part', () => {
  it('verifies each lemma alone, rewrites the failing ones alone, then verifies the whole once', async () => {
    const id = await structuredSession();
    const { startSessionRun } = await import('@/lib/sessions/start-run');
    const { listRounds } = await import('@/lib/db');
    const { runProgress } = await import('../engine/live-progress');
    const run = await startSessionRun(id, AUTOPILOT);
    expect((await finishedRun(run.id)).status).toBe('succeeded');

    const progress = await runProgress(run.id);
    expect(progress?.end).toBe('passed');
    expect(progress?.outcome).toMatch(/^Part by part \(3 parts, 1 rewritten\): Passed in R2/);
    const rounds = await listRounds(id);
    expect(rounds.map((r) => r.index)).toEqual([1, 2]);
    // The rewrite changed its part's line only.
    expect(rounds[1].proof).toBe(MOCK_STRUCTURED_PROOF.replace(MOCK_FLAWED_LINE, MOCK_FIXED_LINE));
    expect(rounds[1].proof).toContain(MOCK_GAP_LINE);
    // 3 part verifications (one rewrite after Lemma 2's), then 2 samples of the whole proof.
    const log = await requests();
    expect(log.map((r) => r.kind)).toEqual([
      'verification',
      'verification',
      'part-refinement',
      'verification',
      'verification',
      'verification',
    ]);
    const partPrompt = log[0].messages.map((m) => m.content).join('\n');
    expect(partPrompt).toContain('Lemma 1');
    expect(partPrompt).not.toContain(MOCK_GAP_LINE);
  });

  it('resumes where it stopped: a part already verified is not verified again', async () => {
    const id = await structuredSession();
    const { startSessionRun } = await import('@/lib/sessions/start-run');
    const { runProgress } = await import('../engine/live-progress');
    // A budget of one token: Lemma 1 is verified, then the budget stops the run.
    const first = await startSessionRun(id, { ...AUTOPILOT, budgetTokens: 1 });
    await finishedRun(first.id);
    expect((await runProgress(first.id))?.end).toBe('budget');
    expect((await requests()).map((r) => r.kind)).toEqual(['verification']);

    await fetch(`${ctx.mock.url}/__reset`, { method: 'POST' });
    await control({ scenario: 'structured' });
    const second = await startSessionRun(id, AUTOPILOT);
    await finishedRun(second.id);
    expect((await runProgress(second.id))?.end).toBe('passed');
    const log = await requests();
    // Lemma 2 verified and rewritten, Lemma 3 verified; Lemma 1 kept its verification.
    expect(log.map((r) => r.kind)).toEqual([
      'verification',
      'part-refinement',
      'verification',
      'verification',
      'verification',
    ]);
    expect(log[0].messages.map((m) => m.content).join('\n')).toContain(MOCK_FLAWED_LINE);
  });

  it('stops when asked, and the run ends stopped', async () => {
    const id = await structuredSession();
    const { startSessionRun } = await import('@/lib/sessions/start-run');
    const { stopRun } = await import('../engine/registry');
    const { runProgress } = await import('../engine/live-progress');
    await control({ scenario: 'structured', tps: 20 });
    const run = await startSessionRun(id, AUTOPILOT);
    await new Promise((r) => setTimeout(r, 400));
    stopRun(run.id);
    expect((await finishedRun(run.id)).status).toBe('stopped');
    expect((await runProgress(run.id))?.outcome).toMatch(/Stopped while verifying Lemma 1/);
  });
});
