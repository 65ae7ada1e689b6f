import { describe, expect, it } from 'vitest';
import { MOCK_FLAWED_LINE } from '@/scripts/mock-model/proof-texts';
import {
  MOCK_LEMMA_1_STATEMENT,
  MOCK_LEMMA_3_STATEMENT,
  MOCK_STRUCTURED_PROOF,
} from '@/scripts/mock-model/structured-proof';
import { eventually, finishedRun, structuredDraftSession, withModelAndDb } from '../test-support';

/**
 * "Verify this part" (issue 17) through the one run engine, against the scripted model
 * server over HTTP and a real SQLite file: the request carries the part and the statement it
 * cites, the findings land inside the part with its node id, the part's score is kept, and
 * the whole proof's score and findings are left alone (and leave the part's alone).
 */
const { ctx, control } = withModelAndDb('verify-part');
const flawLine = MOCK_STRUCTURED_PROOF.split('\n').indexOf(MOCK_FLAWED_LINE) + 1;

const structuredSession = () => structuredDraftSession(control);

/** The checker's findings of a round (the draft's, computed when it finished). */
function checkerFindings<F extends { source: string }>(round: { findings: F[] } | undefined) {
  return (round?.findings ?? []).filter((f) => f.source === 'checker');
}

async function verifyPart(id: string, roundId: string, nodeId: string) {
  const { startSessionRun } = await import('@/lib/sessions/start-run');
  const run = await startSessionRun(id, { kind: 'verify', roundId, nodeId });
  return finishedRun(run.id);
}

describe('verify this part', () => {
  it('sends Lemma 2 with Lemma 1 as a given fact and pins its finding inside Lemma 2', async () => {
    const { id, roundId } = await structuredSession();
    const { getRound } = await import('@/lib/db');
    expect((await getRound(roundId))?.proof).toBe(MOCK_STRUCTURED_PROOF);
    await fetch(`${ctx.mock.url}/__reset`, { method: 'POST' });
    const run = await verifyPart(id, roundId, 'lemma-2');
    expect(run.status).toBe('succeeded');
    expect(run.text).toContain('### Issues');

    const body = await (await fetch(`${ctx.mock.url}/__log`)).json();
    const log = Array.isArray(body) ? body : body.requests;
    expect(log).toHaveLength(1);
    const prompt = log[0].messages.map((m: { content: string }) => m.content).join('\n');
    expect(prompt).toContain(MOCK_LEMMA_1_STATEMENT);
    expect(prompt).not.toContain(MOCK_LEMMA_3_STATEMENT);
    expect(prompt).toContain(`L${String(flawLine).padStart(3, '0')}| ${MOCK_FLAWED_LINE}`);

    const round = await getRound(roundId);
    const verifiers = round?.findings.filter((x) => x.source !== 'checker') ?? [];
    expect(verifiers).toHaveLength(1);
    const [f] = verifiers;
    expect(f).toMatchObject({ severity: 'critical', nodeId: 'lemma-2', decision: 'pending' });
    expect(f.anchor?.startLine).toBe(flawLine);
    // The checker's gap on the same line (the bound's reason, 1 - x <= 2/3, fails on (0, 1))
    // was there since the draft; verifying the part does not touch it.
    expect(checkerFindings(round).map((x) => [x.severity, x.anchor?.startLine])).toEqual([
      ['gap', flawLine],
    ]);
    // The part's score is the part's; the round (the whole proof) is still unverified.
    expect(round?.partScores).toEqual({ 'lemma-2': 0 });
    expect(round?.score).toBeNull();

    const { outlineOfRound } = await import('@/lib/sessions/outline');
    const outline = await outlineOfRound(roundId);
    const lemma2 = outline.nodes.find((n) => n.id === 'lemma-2');
    expect(lemma2).toMatchObject({ partScore: 0, partVerified: true });
    // The verifier's critical finding and the checker's gap, both inside Lemma 2.
    expect(lemma2?.findings).toEqual({ critical: 1, gap: 1, minor: 0, open: 2 });
    expect(outline.verified).toBe(false);
    expect(outline.nodes.find((n) => n.id === 'lemma-1')?.partVerified).toBeUndefined();
  });

  it('a second verification of the part replaces its open findings; a whole-proof one leaves them', async () => {
    const { id, roundId } = await structuredSession();
    const { getRound } = await import('@/lib/db');
    await verifyPart(id, roundId, 'lemma-2');
    await verifyPart(id, roundId, 'lemma-2');
    expect((await getRound(roundId))?.findings.filter((f) => f.nodeId)).toHaveLength(1);

    const { startSessionRun } = await import('@/lib/sessions/start-run');
    const whole = await startSessionRun(id, { kind: 'verify', roundId });
    expect((await finishedRun(whole.id)).status).toBe('succeeded');
    const round = await getRound(roundId);
    expect(round?.findings.filter((f) => f.nodeId === 'lemma-2')).toHaveLength(1);
    // The whole proof's verifier found the flaw and the gap of Lemma 3 on its own.
    const wholeProofs = round?.findings.filter((f) => !f.nodeId && f.source !== 'checker');
    expect(wholeProofs?.map((f) => f.severity)).toEqual(['critical', 'gap']);
    expect(checkerFindings(round)).toHaveLength(1);
    expect(round?.score).toBe(0);
    expect(round?.partScores).toEqual({ 'lemma-2': 0 });
  });

  it('can be stopped: the part keeps what it had, and the run says stopped', async () => {
    const { id, roundId } = await structuredSession();
    await control({ scenario: 'structured', tps: 20 });
    const { startSessionRun } = await import('@/lib/sessions/start-run');
    const { getRun, getRound } = await import('@/lib/db');
    const { stopRun } = await import('@/lib/runs');
    const run = await startSessionRun(id, { kind: 'verify', roundId, nodeId: 'lemma-2' });
    await eventually(async () => ((await getRun(run.id))?.text.length ? true : undefined));
    expect(stopRun(run.id)).toBe(true);
    const stopped = await finishedRun(run.id);
    expect(stopped.status).toBe('stopped');
    const round = await getRound(roundId);
    // No verifier finding was stored; the checker's, from the draft, is still the only one.
    expect(round?.findings.filter((f) => f.source !== 'checker')).toEqual([]);
    expect(checkerFindings(round)).toHaveLength(1);
    expect(round?.partScores).toEqual({});
  });

  it('refuses a node the outline does not have, and many samples of a part', async () => {
    const { id, roundId } = await structuredSession();
    const { startSessionRun } = await import('@/lib/sessions/start-run');
    await expect(
      startSessionRun(id, { kind: 'verify', roundId, nodeId: 'lemma-9' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      startSessionRun(id, { kind: 'verify', roundId, nodeId: 'lemma-2', samples: 4 }),
    ).rejects.toMatchObject({ code: 'bad_request' });
  });
});
