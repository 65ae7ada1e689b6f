import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Anchor } from '@/lib/schemas';
import { describeOnBothBackends } from '@/test/db-backends';
import { insertRunRow } from '@/test/fixtures/db-rows';
import { conn } from '../conn';
import { addFindings, listActionableFindings, setDecision } from './findings';
import { createRound, getRound } from './rounds';
import { createSession } from './sessions';
import {
  createVerification,
  getSampleRow,
  latestVerification,
  listRoundFindings,
  listSamples,
  saveSample,
  setSampleMeta,
} from './verification';
import { verificationsForRounds } from './verification-read';
import { adoptSingleVerification, recordMergedVerification } from './verification-record';

const anchor: Anchor = {
  startLine: 1,
  endLine: 1,
  startOffset: 0,
  endOffset: 1,
  confidence: 'exact',
  similarity: 1,
};
const parsed = (description: string) => ({
  severity: 'gap' as const,
  quote: 'p',
  lines: null,
  description,
  suggestion: '',
  anchor,
});

async function round() {
  const sessionId = await createSession({ problem: 'Prove it.' });
  return createRound({ sessionId, origin: 'generate', proof: 'p' });
}

/** Many-sample verifications and their merge into a round, on SQLite and on Postgres. */
describeOnBothBackends('verification', () => {
  it('stores samples with their findings and meta-verification, and reads them back', async () => {
    const r = await round();
    const id = await createVerification({ roundId: r.id, runId: null, sampleCount: 2 });
    const sample = (index: number, score: number) =>
      saveSample({
        verificationId: id,
        index,
        status: 'succeeded',
        score,
        text: `report ${index}`,
        reasoning: '',
        error: null,
        usage: { promptTokens: 5, completionTokens: 1, reasoningTokens: 0 },
        startedAt: 1,
        finishedAt: 2,
        findings: [parsed(`f${index}`)],
      });
    const s1 = await sample(1, 0);
    await sample(0, 1);
    await setSampleMeta(s1.sampleId, {
      metaScore: 0.5,
      metaText: 'ok',
      metaReasoning: 'Is the gap it names real? Yes.',
      metaError: null,
    });
    expect((await latestVerification(r.id))?.id).toBe(id);
    expect((await listSamples(id)).map((s) => [s.idx, s.score])).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(await getSampleRow(s1.sampleId)).toMatchObject({
      metaScore: 0.5,
      metaReasoning: 'Is the gap it names real? Yes.',
      usage: { promptTokens: 5, completionTokens: 1, reasoningTokens: 0 },
    });
    const [read] = await verificationsForRounds([r.id]);
    expect(read.wordings.map((w) => w.description).sort()).toEqual(['f0', 'f1']);
  });

  it('a merged verification keeps decided findings, adds new ones with support, scores the round', async () => {
    const r = await round();
    await addFindings(r.id, null, [parsed('old pending'), parsed('old decided')]);
    const [, decided] = await listActionableFindings(r.id);
    await setDecision(decided.id, 'accepted');
    const verificationId = await createVerification({ roundId: r.id, runId: null, sampleCount: 2 });
    const { findingIds } = await saveSample({
      verificationId,
      index: 0,
      status: 'succeeded',
      score: 0,
      text: '',
      reasoning: '',
      error: null,
      usage: null,
      startedAt: 1,
      finishedAt: 2,
      findings: [parsed('new')],
    });
    await recordMergedVerification({
      roundId: r.id,
      verificationId,
      runId: null,
      sampleCount: 2,
      score: 0.25,
      merged: [{ keptId: null, finding: parsed('new'), sampleFindingIds: findingIds, foundBy: 1 }],
      keptIds: [decided.id],
    });
    const after = await getRound(r.id);
    expect(after?.score).toBe(0.25);
    expect(after?.findings.map((f) => f.description)).toEqual(['old decided', 'new']);
    const [read] = await verificationsForRounds([r.id]);
    expect(read.verification.completedAt).not.toBeNull();
    expect(read.support.map((s) => [s.findingId === decided.id, s.foundBy]).sort()).toEqual([
      [false, 1],
      [true, 0],
    ]);
    expect(read.wordings[0].findingId).toBe(after?.findings[1].id);
    expect((await listRoundFindings(r.id)).length).toBe(2);
  });

  it("adopts a single request's verification as a one-sample verification, once per call", async () => {
    const r = await round();
    expect(await adoptSingleVerification(r.id)).toBeNull();
    const runId = await insertRunRow(r.sessionId, { kind: 'verify' });
    const { db, t } = await conn();
    await db.update(t.runs).set({ roundId: r.id, text: 'report' }).where(eq(t.runs.id, runId));
    await addFindings(r.id, runId, [parsed('one')]);
    const id = await adoptSingleVerification(r.id);
    const [read] = await verificationsForRounds([r.id]);
    expect(read.verification.id).toBe(id);
    expect(read.samples.map((s) => [s.text, s.status])).toEqual([['report', 'succeeded']]);
    expect(read.wordings.map((w) => w.description)).toEqual(['one']);
    expect(read.support.map((s) => [s.foundBy, s.sampleCount])).toEqual([[1, 1]]);
  });
});
