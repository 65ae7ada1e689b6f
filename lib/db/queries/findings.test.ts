import { expect, it } from 'vitest';
import type { Anchor, ParsedFinding } from '@/lib/schemas';
import { describeOnBothBackends } from '@/test/db-backends';
import {
  addFindings,
  getFinding,
  listActionableFindings,
  listRoundAnchors,
  recordVerification,
  saveProofWithPlacements,
  setDecision,
} from './findings';
import { recordPartVerification } from './part-verifications';
import {
  deleteFindingRow,
  insertPersonFinding,
  refinedFrom,
  updateFindingContent,
} from './person-findings';
import { addReply } from './replies';
import { createRound, getRound, listRounds } from './rounds';
import { createSession } from './sessions';

const anchor: Anchor = {
  startLine: 1,
  endLine: 1,
  startOffset: 0,
  endOffset: 3,
  confidence: 'exact',
  similarity: 1,
};
const finding = (description: string): ParsedFinding & { anchor: Anchor } => ({
  severity: 'gap',
  quote: 'abc',
  lines: { start: 1, end: 1 },
  description,
  suggestion: 's',
  anchor,
});

async function roundWithProof() {
  const sessionId = await createSession({ problem: 'Prove it.' });
  return createRound({ sessionId, origin: 'generate', proof: 'abc\ndef' });
}

/** Findings, their threads, a person's findings and part verifications, on SQLite and on Postgres. */
describeOnBothBackends('findings', () => {
  it('a verification replaces undecided findings and keeps decided and answered ones', async () => {
    const round = await roundWithProof();
    await recordVerification({
      roundId: round.id,
      runId: null as unknown as string,
      score: 0.5,
      items: [finding('a'), finding('b'), finding('c')],
    });
    const [a, b, c] = await listActionableFindings(round.id);
    await setDecision(a.id, 'accepted');
    await addReply({ findingId: b.id, text: 'Why?', author: null });
    await addReply({ findingId: c.id, text: 'wrong', author: 'ann', decision: 'overridden' });
    expect((await getFinding(c.id))?.note).toBe('wrong');
    await recordVerification({
      roundId: round.id,
      runId: null as unknown as string,
      score: 1,
      items: [finding('d')],
    });
    const after = await getRound(round.id);
    expect(after?.score).toBe(1);
    expect(after?.findings.map((f) => f.description)).toEqual(['a', 'b', 'c', 'd']);
    expect(after?.findings[1].replies.map((r) => r.text)).toEqual(['Why?']);
  });

  it('carries findings into a new round with their threads, and saves placements', async () => {
    const round = await roundWithProof();
    await addFindings(round.id, null, [finding('kept')]);
    const [orig] = await listActionableFindings(round.id);
    await addReply({ findingId: orig.id, text: 'note', author: null });
    const next = await createRound({
      sessionId: round.sessionId,
      origin: 'refine',
      parentRoundId: round.id,
    });
    expect(next.index).toBe(round.index + 1);
    await addFindings(next.id, null, [{ ...finding('kept'), carriedFromId: orig.id }]);
    const [carried] = await listRoundAnchors(next.id);
    expect(carried.carriedFromId).toBe(orig.id);
    expect((await getFinding(carried.id))?.replies.map((r) => r.text)).toEqual(['note']);
    await saveProofWithPlacements(next.id, 'xabc', [
      {
        findingId: carried.id,
        startLine: 1,
        endLine: 1,
        startOffset: 1,
        endOffset: 4,
        status: 'current',
      },
    ]);
    const rounds = await listRounds(round.sessionId);
    expect(rounds.map((r) => r.proof)).toEqual(['abc\ndef', 'xabc']);
    expect(rounds[1].findings[0].anchor?.startOffset).toBe(1);
  });

  it("a person's finding is positioned last, edited, and deleted with its thread", async () => {
    const round = await roundWithProof();
    await addFindings(round.id, null, [finding('v')]);
    const mine = await insertPersonFinding({
      roundId: round.id,
      severity: 'minor',
      category: null,
      description: 'mine',
      suggestion: '',
      quote: 'abc',
      anchor,
    });
    expect(mine).toMatchObject({ source: 'person', decision: 'accepted' });
    expect((await listRoundAnchors(round.id)).map((f) => f.id)).toEqual([
      expect.any(String),
      mine.id,
    ]);
    await updateFindingContent(mine.id, { description: 'edited' });
    expect((await getFinding(mine.id))?.description).toBe('edited');
    await addReply({ findingId: mine.id, text: 'r', author: null });
    await deleteFindingRow(mine.id);
    expect(await getFinding(mine.id)).toBeUndefined();
    expect(await refinedFrom(round.id)).toBeUndefined();
    await createRound({ sessionId: round.sessionId, origin: 'refine', parentRoundId: round.id });
    expect(await refinedFrom(round.id)).toEqual({ index: round.index + 1 });
  });

  it("a part's verification replaces only that part's undecided findings and keeps its score", async () => {
    const round = await roundWithProof();
    const part = (nodeId: string, score: number, items: string[]) =>
      recordPartVerification({
        roundId: round.id,
        nodeId,
        runId: null as unknown as string,
        score,
        items: items.map(finding),
      });
    await part('L1', 0, ['x', 'y']);
    await part('L2', 1, ['z']);
    await part('L1', 0.5, ['w']);
    const after = await getRound(round.id);
    expect(after?.findings.map((f) => f.description)).toEqual(['w', 'z']);
    expect(after?.partScores).toEqual({ L1: 0.5, L2: 1 });
  });
});
