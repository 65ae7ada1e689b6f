import { describe, expect, it } from 'vitest';
import { finishedRun, withModelAndDb } from '@/lib/runs/test-support';
import type { RunProgress } from '@/lib/schemas';
import { MOCK_PROBLEM } from '@/scripts/mock-model/proof-texts';

/**
 * The multi-step engine against the scripted model server (real HTTP client, real SQLite
 * in a temp file): many verifiers with merged findings, meta-verification, autopilot.
 */
const { ctx, control } = withModelAndDb('pipeline');
async function sessionWithDraft() {
  const { createSession } = await import('@/lib/db');
  const { startSessionRun: startRun } = await import('@/lib/sessions/start-run');
  const id = await createSession({ problem: MOCK_PROBLEM });
  const run = await startRun(id, { kind: 'generate' });
  expect((await finishedRun(run.id)).status).toBe('succeeded');
  return id;
}

async function detail(id: string) {
  const { sessionDetail } = await import('@/lib/sessions/service');
  return sessionDetail(id);
}

describe('many verifiers', () => {
  it('merges 8 samples into one finding per issue, found by k of 8, with the distribution', async () => {
    const id = await sessionWithDraft();
    await control({ vary: 1 });
    const { startSessionRun: startRun } = await import('@/lib/sessions/start-run');
    const run = await startRun(id, { kind: 'verify', samples: 8 });
    expect((await finishedRun(run.id)).status).toBe('succeeded');
    const round = (await detail(id)).rounds[0];
    const v = round.verification;
    expect(v?.samples).toHaveLength(8);
    expect(v?.distribution).toEqual([
      { score: 1, count: 1 },
      { score: 0.5, count: 2 },
      { score: 0, count: 5 },
    ]);
    expect(v?.min).toBe(0);
    expect(v?.mean).toBeCloseTo(0.25);
    // The checker's findings on the draft are not samples of the verifier: left out here.
    const verifiers = round.findings.filter((f) => f.source !== 'checker');
    const found = Object.fromEntries(verifiers.map((f) => [f.severity, f.support?.foundBy]));
    expect(found).toEqual({ critical: 5, gap: 4, minor: 2 });
    expect(verifiers.every((f) => f.support?.sampleCount === 8)).toBe(true);
    expect(verifiers.find((f) => f.severity === 'gap')?.support?.wordings).toHaveLength(4);
    expect(round.score).toBe(0);
  });

  it('meta-verifies the analyses with issues: confirmed and disputed findings, and the verdict', async () => {
    const id = await sessionWithDraft();
    await control({ vary: 1 });
    const { startSessionRun: startRun } = await import('@/lib/sessions/start-run');
    await finishedRun((await startRun(id, { kind: 'verify', samples: 8 })).id);
    const meta = await startRun(id, { kind: 'meta-verify' });
    expect((await finishedRun(meta.id)).status).toBe('succeeded');
    const round = (await detail(id)).rounds[0];
    const verifiers = round.findings.filter((f) => f.source !== 'checker');
    const marks = Object.fromEntries(verifiers.map((f) => [f.severity, f.support?.meta]));
    expect(marks).toEqual({ critical: 'confirmed', gap: 'confirmed', minor: 'disputed' });
    expect(round.verification?.verdict).toMatchObject({ value: 0, confirmed: 5, checked: 7 });
    const log = (await (await fetch(`${ctx.mock.url}/__log`)).json()) as { kind: string }[];
    expect(log.filter((r) => r.kind === 'meta-verification')).toHaveLength(7);
    // Each rated analysis keeps the meta-verifier's reasoning beside its rating; the analysis
    // it did not rate (score 1, no issues) has none.
    const { latestVerification, listSamples } = await import('@/lib/db');
    const samples = await listSamples((await latestVerification(round.id))?.id ?? '');
    const rated = samples.filter((s) => s.metaScore !== null);
    expect(rated).toHaveLength(7);
    for (const s of rated) expect(s.metaReasoning).toMatch(/^Check whether the issues/);
    expect(samples.filter((s) => s.metaScore === null).map((s) => s.metaReasoning)).toEqual(['']);
  });
});

describe('live progress', () => {
  it('reports samples, tokens and elapsed time while the samples stream, not only at the end', async () => {
    const id = await sessionWithDraft();
    // Slow enough that the samples stream for a few seconds.
    await control({ tps: 150 });
    const { startRun, activeRun } = await import('@/lib/runs');
    const run = await startRun(id, { kind: 'verify', samples: 2 });
    const seen: RunProgress[] = [];
    activeRun(run.id)?.subscribe((batch) => {
      for (const e of batch) if (e.event.type === 'progress') seen.push(e.event.progress);
    });
    expect((await finishedRun(run.id)).status).toBe('succeeded');
    // Before the first sample was done, progress kept coming, with tokens counted live.
    const before = seen.filter((p) => p.requestsDone === 0 && p.running > 0);
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(before.at(-1)?.tokens.completion).toBeGreaterThan(0);
    expect(before.at(-1)?.elapsedMs).toBeGreaterThan(before[0].elapsedMs);
  });
});

describe('when the verifier fails', () => {
  it('fails the run with the reason and leaves the round as it was', async () => {
    const id = await sessionWithDraft();
    const { startSessionRun: startRun } = await import('@/lib/sessions/start-run');
    await finishedRun((await startRun(id, { kind: 'verify', samples: 2 })).id);
    const before = (await detail(id)).rounds[0];
    await control({ scenario: '500' });
    const run = await finishedRun((await startRun(id, { kind: 'verify', samples: 2 })).id);
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(/None of the 2 verifier samples answered .*500/);
    const after = (await detail(id)).rounds[0];
    expect(after.findings.map((f) => f.id)).toEqual(before.findings.map((f) => f.id));
    expect(after.score).toBe(before.score);
  });
});

describe('autopilot', () => {
  it('verifies, refines the accepted findings and verifies again until every sample passes', async () => {
    const id = await sessionWithDraft();
    const { startSessionRun: startRun } = await import('@/lib/sessions/start-run');
    const { runProgress } = await import('../engine/live-progress');
    const run = await startRun(id, {
      kind: 'autopilot',
      samples: 4,
      maxRounds: 3,
      passRule: { type: 'all-samples' },
      pauseEachRound: false,
    });
    expect((await finishedRun(run.id)).status).toBe('succeeded');
    const s = await detail(id);
    expect(s.rounds).toHaveLength(2);
    expect(s.rounds[0].findings.every((f) => f.decision === 'accepted')).toBe(true);
    expect(s.rounds[1].verification?.distribution).toEqual([{ score: 1, count: 4 }]);
    const progress = await runProgress(run.id);
    expect(progress?.outcome).toMatch(/Passed in R2/);
    expect(progress?.roundsDone).toBe(1);
    expect(progress?.tokens.completion).toBeGreaterThan(0);
  });
});

describe('autopilot stopping rules', () => {
  it('pauses after each verification for decisions, then continues from them', async () => {
    const id = await sessionWithDraft();
    const { startSessionRun: startRun } = await import('@/lib/sessions/start-run');
    const { runProgress } = await import('../engine/live-progress');
    const { setDecision } = await import('@/lib/db');
    const input = {
      kind: 'autopilot' as const,
      samples: 2,
      maxRounds: 3,
      passRule: { type: 'all-samples' as const },
      pauseEachRound: true,
    };
    const first = await startRun(id, input);
    await finishedRun(first.id);
    expect((await runProgress(first.id))?.outcome).toMatch(/Paused after verifying R1/);
    expect((await runProgress(first.id))?.end).toBe('paused');
    const r1 = (await detail(id)).rounds[0];
    expect(r1.findings.every((f) => f.decision === 'pending')).toBe(true);
    const critical = r1.findings.find((f) => f.severity === 'critical');
    await setDecision(critical?.id as string, 'accepted');
    const second = await startRun(id, input);
    await finishedRun(second.id);
    expect((await runProgress(second.id))?.outcome).toMatch(/Passed in R2/);
    const rounds = (await detail(id)).rounds;
    expect(rounds).toHaveLength(2);
    // Only the person's decision went to the generator; the others stayed undecided.
    expect(rounds[0].findings.filter((f) => f.decision === 'accepted')).toHaveLength(1);
  });

  it('stops when the token budget is spent', async () => {
    const id = await sessionWithDraft();
    const { startSessionRun: startRun } = await import('@/lib/sessions/start-run');
    const { runProgress } = await import('../engine/live-progress');
    const run = await startRun(id, {
      kind: 'autopilot',
      samples: 2,
      maxRounds: 3,
      passRule: { type: 'consecutive', k: 2 },
      budgetTokens: 10,
      pauseEachRound: false,
    });
    await finishedRun(run.id);
    expect((await runProgress(run.id))?.outcome).toMatch(/token budget spent/);
    expect((await runProgress(run.id))?.end).toBe('budget');
    expect((await detail(id)).rounds).toHaveLength(1);
  });
});

describe('autopilot on failed samples', () => {
  it('stops with "verification incomplete" when fewer than half of the samples answer', async () => {
    const { createSession } = await import('@/lib/db');
    const { startSessionRun: startRun } = await import('@/lib/sessions/start-run');
    const { runProgress } = await import('../engine/live-progress');
    const { MOCK_PROOF, refinedAnswer } = await import('@/scripts/mock-model/proof-texts');
    // A draft the scripted verifier scores 1: the one sample that answers passes it.
    await control({ content: refinedAnswer(MOCK_PROOF) });
    const id = await createSession({ problem: MOCK_PROBLEM });
    expect((await finishedRun((await startRun(id, { kind: 'generate' })).id)).status).toBe(
      'succeeded',
    );
    await control({ failSamples: 7 });
    const run = await startRun(id, {
      kind: 'autopilot',
      samples: 8,
      maxRounds: 2,
      passRule: { type: 'all-samples' },
      pauseEachRound: false,
    });
    await finishedRun(run.id);
    const progress = await runProgress(run.id);
    expect(progress?.outcome).toMatch(
      /verification incomplete in R1 — only 1 of 8 samples answered/,
    );
    // The run did its job (status succeeded), but the way it ended is not a success.
    expect((await finishedRun(run.id)).status).toBe('succeeded');
    expect(progress?.end).toBe('verification-incomplete');
    const { runOutcome } = await import('@/lib/run-outcome');
    expect(runOutcome({ status: 'succeeded', ...progress })).toMatchObject({
      tone: 'warning',
      label: 'Verification incomplete',
    });
    const rounds = (await detail(id)).rounds;
    expect(rounds).toHaveLength(1);
    expect(rounds[0].verification).toMatchObject({ answered: 1, incomplete: true });
  });
});

describe('proof search', () => {
  const params = {
    kind: 'search' as const,
    pool: 3,
    verificationsPerProof: 2,
    analysesPerRefinement: 2,
    proofsPerRefinement: 1,
    iterations: 2,
    concurrency: 4,
  };

  it('finds a passing proof and opens it as a round with its verifications', async () => {
    const { createSession } = await import('@/lib/db');
    const { startSessionRun: startRun } = await import('@/lib/sessions/start-run');
    const { searchView } = await import('@/lib/search/view');
    const { openCandidateAsRound } = await import('@/lib/search/open-round');
    const id = await createSession({ problem: MOCK_PROBLEM });
    const run = await startRun(id, params);
    expect((await finishedRun(run.id)).status).toBe('succeeded');
    const { listSessionSearches } = await import('@/lib/db');
    const [search] = await listSessionSearches(id);
    const view = await searchView(search.id);
    expect(view.status).toBe('passed');
    expect(view.best?.meanScore).toBe(1);
    const best = view.candidates.find((c) => c.id === view.best?.id);
    expect(best?.generation).toBe(1);
    expect(best?.parents).toHaveLength(1);
    expect(best?.analyses).toHaveLength(2);
    const { roundId } = await openCandidateAsRound(search.id);
    const round = (await detail(id)).rounds.find((r) => r.id === roundId);
    expect(round?.origin).toBe('search');
    expect(round?.score).toBe(1);
    expect(round?.verification?.distribution).toEqual([{ score: 1, count: 2 }]);
  });

  it('pauses and resumes from its persisted steps without repeating a finished request', async () => {
    await control({ refineFixes: 0, latencyMs: 60, latencyJitter: 60 });
    const { createSession, listSessionSearches } = await import('@/lib/db');
    const { startSessionRun: startRun } = await import('@/lib/sessions/start-run');
    const { resumeSearch } = await import('@/lib/search/run-search');
    const { pauseSearch } = await import('@/lib/search/control');
    const { searchView } = await import('@/lib/search/view');
    const id = await createSession({ problem: MOCK_PROBLEM });
    const run = await startRun(id, { ...params, iterations: 1 });
    const [search] = await listSessionSearches(id);
    for (let i = 0; i < 200 && (await searchView(search.id)).requests < 5; i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    await pauseSearch(search.id);
    expect((await finishedRun(run.id)).status).toBe('succeeded');
    const paused = await searchView(search.id);
    expect(paused.status).toBe('paused');
    const resumed = await resumeSearch(search.id);
    expect((await finishedRun(resumed.id)).status).toBe('succeeded');
    const done = await searchView(search.id);
    expect(done.status).toBe('exhausted');
    // 3 + 3 proofs, each verified twice.
    expect(done.requests).toBe(18);
    const log = (await (await fetch(`${ctx.mock.url}/__log`)).json()) as { completed: boolean }[];
    expect(log.filter((r) => r.completed)).toHaveLength(done.requests);
  });
});
