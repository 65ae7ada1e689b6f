import { describe, expect, it } from 'vitest';
import { REPLACEMENT_BEGIN, REPLACEMENT_END } from '@/lib/structure/splice-part';
import { MOCK_FLAWED_LINE, MOCK_GAP_LINE } from '@/scripts/mock-model/proof-texts';
import { MOCK_STRUCTURED_PROOF } from '@/scripts/mock-model/structured-proof';
import { finishedRun, structuredDraftSession, withModelAndDb } from '../test-support';

/**
 * "Rewrite this part" (issue 17) through the run engine, the scripted model server and a
 * real SQLite file: the new round is the old proof with Lemma 2 replaced and every other line
 * byte-identical, the findings outside Lemma 2 come along unchanged; an answer without a
 * replacement creates no round and keeps the raw answer with the reason.
 */
const { ctx, control } = withModelAndDb('refine-part');
const OLD = MOCK_STRUCTURED_PROOF.split('\n');
const L2 = { start: OLD.indexOf(OLD.find((l) => l.startsWith('**Lemma 2.**')) as string) + 1 };
const NEW_LEMMA_2 = [
  '**Lemma 2.** If \\(s = 1\\), then the sum is at least \\(\\frac{3}{2}\\).',
  '',
  '*Proof.* By Lemma 1 take \\(s = 1\\). For \\(x \\in (0, 1)\\), \\(f(x) \\ge \\frac{9x - 1}{4}\\), since the difference times \\(4(1 - x)\\) is \\((3x - 1)^2\\).',
  'Summing over \\(x = a, b, c\\) gives \\(\\frac{9 - 3}{4} = \\frac{3}{2}\\). ∎',
].join('\n');

async function structuredSession() {
  const session = await structuredDraftSession(control);
  const { startSessionRun } = await import('@/lib/sessions/start-run');
  const verify = await startSessionRun(session.id, { kind: 'verify', roundId: session.roundId });
  expect((await finishedRun(verify.id)).status).toBe('succeeded');
  return session;
}

async function rewrite(id: string, roundId: string, answer: string) {
  const { startSessionRun } = await import('@/lib/sessions/start-run');
  await fetch(`${ctx.mock.url}/__reset`, { method: 'POST' });
  await control({ content: answer });
  const run = await startSessionRun(id, { kind: 'refine', roundId, nodeId: 'lemma-2' });
  return finishedRun(run.id);
}

describe('rewrite this part', () => {
  it('splices the replacement in: every line outside Lemma 2 is byte-identical, findings outside carried unchanged', async () => {
    const { id, roundId } = await structuredSession();
    const { getRound, listRounds, setDecision } = await import('@/lib/db');
    const before = await getRound(roundId);
    const gap = before?.findings.find((f) => f.quote.includes('Equality holds'));
    expect(gap?.anchor?.startLine).toBe(OLD.findIndex((l) => l.includes(MOCK_GAP_LINE)) + 1);
    await setDecision(gap?.id as string, 'accepted', 'say why the variables must coincide');

    const run = await rewrite(
      id,
      roundId,
      `Lemma 2 needs the tangent line bound.\n\n${REPLACEMENT_BEGIN}\n${NEW_LEMMA_2}\n${REPLACEMENT_END}\n`,
    );
    expect(run.status).toBe('succeeded');

    const body = await (await fetch(`${ctx.mock.url}/__log`)).json();
    const log = Array.isArray(body) ? body : body.requests;
    const prompt = log[0].messages.map((m: { content: string }) => m.content).join('\n');
    expect(prompt).toContain(`## Part to rewrite: Lemma 2 (lines L${L2.start}-L13)`);
    expect(prompt).toContain('Open (not yet decided) critical issue');
    expect(prompt).not.toContain('say why the variables must coincide');

    const rounds = await listRounds(id);
    expect(rounds).toHaveLength(2);
    const next = rounds[1];
    expect(next.parentRoundId).toBe(roundId);
    const lines = next.proof.split('\n');
    const added = NEW_LEMMA_2.split('\n').length - (13 - L2.start + 1);
    expect(lines.slice(0, L2.start - 1)).toEqual(OLD.slice(0, L2.start - 1));
    expect(lines.slice(13 + added)).toEqual(OLD.slice(13));
    expect(lines.slice(L2.start - 1, 13 + added).join('\n')).toBe(NEW_LEMMA_2);
    expect(next.proof).not.toContain(MOCK_FLAWED_LINE);

    // The gap on Lemma 3 came along as it was, decision and note too, on its moved line.
    expect(next.findings.map((f) => f.quote)).toEqual([gap?.quote]);
    const carried = next.findings[0];
    expect(carried).toMatchObject({
      decision: 'accepted',
      note: 'say why the variables must coincide',
    });
    expect(carried.anchor?.startLine).toBe((gap?.anchor?.startLine ?? 0) + added);
    expect(next.proof.slice(carried.anchor?.startOffset, carried.anchor?.endOffset)).toBe(
      carried.anchor?.text,
    );
  });

  it('the new round keeps the part scores of the parts that read the same; the rewritten part starts unverified', async () => {
    const { id, roundId } = await structuredSession();
    const { startSessionRun } = await import('@/lib/sessions/start-run');
    for (const nodeId of ['lemma-1', 'lemma-2', 'lemma-3']) {
      await fetch(`${ctx.mock.url}/__reset`, { method: 'POST' });
      const run = await startSessionRun(id, { kind: 'verify', roundId, nodeId });
      expect((await finishedRun(run.id)).status).toBe('succeeded');
    }
    const { getRound, listRounds } = await import('@/lib/db');
    const scores = (await getRound(roundId))?.partScores ?? {};
    expect(Object.keys(scores).sort()).toEqual(['lemma-1', 'lemma-2', 'lemma-3']);

    const run = await rewrite(
      id,
      roundId,
      `${REPLACEMENT_BEGIN}\n${NEW_LEMMA_2}\n${REPLACEMENT_END}\n`,
    );
    expect(run.status).toBe('succeeded');
    const next = (await listRounds(id))[1];
    expect((await getRound(next.id))?.partScores).toEqual({
      'lemma-1': scores['lemma-1'],
      'lemma-3': scores['lemma-3'],
    });
    const { outlineOfRound } = await import('@/lib/sessions/outline');
    const outline = await outlineOfRound(next.id);
    expect(outline.nodes.find((n) => n.id === 'lemma-1')?.partVerified).toBe(true);
    expect(outline.nodes.find((n) => n.id === 'lemma-2')?.partVerified).toBeUndefined();
  });

  it('an answer without a replacement creates no round, and keeps the raw answer with the reason', async () => {
    const { id, roundId } = await structuredSession();
    const { listRounds } = await import('@/lib/db');
    const run = await rewrite(id, roundId, 'Here is a whole new proof instead: trust me.');
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(/No round was created.*no "=== BEGIN REPLACEMENT ===" line found/);
    expect(run.text).toBe('Here is a whole new proof instead: trust me.');
    expect(await listRounds(id)).toHaveLength(1);
  });
});
