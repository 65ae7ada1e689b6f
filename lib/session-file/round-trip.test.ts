import { describe, expect, it } from 'vitest';
import {
  addFindings,
  addReply,
  completeRoundDraft,
  createRound,
  createRun,
  createSession,
  dumpSession,
  insertPersonFinding,
  listRounds,
  listRunEvents,
  listSessions,
  persistRunProgress,
  recordPartVerification,
  recordVerification,
  setDecision,
  setGrade,
  setRoundScore,
  setSessionReference,
} from '@/lib/db';
import { setWriteFaultForTests, sqliteError } from '@/lib/db/write-fault';
import { AppError } from '@/lib/errors';
import type { SessionExport } from '@/lib/schemas';
import { withTempDb } from '@/test/fixtures/temp-db';
import { importSessionJson } from './import-session';

withTempDb();

/** Ids differ after an import; everything else must not. Ids become their order of appearance. */
function canonical(data: SessionExport): unknown {
  const seen = new Map<string, string>();
  const ids = new Set<string>([
    data.session.id,
    ...data.rounds.flatMap((r) => [
      r.id,
      ...r.findings.flatMap((f) => [f.id, ...f.replies.map((x) => x.id)]),
    ]),
    ...data.runs.map((r) => r.id),
  ]);
  return JSON.parse(JSON.stringify(data), (_k, v) => {
    if (typeof v === 'string' && ids.has(v)) {
      if (!seen.has(v)) seen.set(v, `#${seen.size + 1}`);
      return seen.get(v);
    }
    return v;
  });
}

async function twoRoundSession(): Promise<string> {
  const sessionId = await createSession({ problem: 'Prove $x^2 \\ge 0$.', title: 'Squares' });
  await setSessionReference(sessionId, {
    problemId: null,
    solution: 'Case split.',
    guidelines: '(Partial) 1. Cases.',
    shortAnswer: '',
    source: 'Folklore',
  });
  const gen = await createRun({ sessionId, roundId: null, kind: 'generate', model: 'mock' });
  const r1 = await createRound({ sessionId, origin: 'generate', sourceRunId: gen.id });
  await completeRoundDraft(r1.id, {
    proof: 'Line one.\nLine two is wrong.',
    selfEvaluation: 'Fine.',
    selfScore: 1,
    truncated: false,
  });
  await persistRunProgress({
    runId: gen.id,
    events: [{ seq: 1, event: { type: 'text', delta: 'draft' } }],
    text: '## Solution\nLine one.',
    reasoning: 'thinking…',
    status: 'succeeded',
    patch: {
      finishReason: 'stop',
      usage: { promptTokens: 3, completionTokens: 5, reasoningTokens: null },
      startedAt: 1,
      finishedAt: 2,
    },
  });
  const ver = await createRun({ sessionId, roundId: r1.id, kind: 'verify', model: 'mock' });
  await recordVerification({
    roundId: r1.id,
    runId: ver.id,
    score: 0,
    items: [
      {
        severity: 'critical',
        quote: 'Line two is wrong.',
        lines: { start: 2, end: 2 },
        description: 'It is wrong.',
        suggestion: 'Fix it.',
        anchor: {
          startLine: 2,
          endLine: 2,
          startOffset: 10,
          endOffset: 28,
          confidence: 'exact',
          similarity: 1,
        },
      },
      {
        severity: 'minor',
        quote: '',
        lines: null,
        description: 'Style.',
        suggestion: '',
        anchor: null,
      },
    ],
  });
  const r1Findings = (await dumpSession(sessionId))?.rounds[0].findings ?? [];
  await setDecision(r1Findings[0].id, 'accepted');
  await setDecision(r1Findings[1].id, 'overridden', 'Style is fine.');
  const ref = await createRun({ sessionId, roundId: null, kind: 'refine', model: 'mock' });
  const r2 = await createRound({
    sessionId,
    origin: 'refine',
    parentRoundId: r1.id,
    sourceRunId: ref.id,
  });
  await completeRoundDraft(r2.id, {
    proof: 'Line one.\nLine two, fixed.',
    selfEvaluation: null,
    selfScore: null,
    truncated: false,
  });
  await addFindings(r2.id, null, [
    {
      severity: 'gap',
      quote: 'Line one.',
      lines: { start: 1, end: 1 },
      description: 'Carried.',
      suggestion: '',
      anchor: {
        startLine: 1,
        endLine: 1,
        startOffset: 0,
        endOffset: 9,
        confidence: 'exact',
        similarity: 1,
      },
      carriedFromId: r1Findings[0].id,
    },
  ]);
  // A person's finding and threads (issue 15).
  const mine = await insertPersonFinding({
    roundId: r2.id,
    severity: 'minor',
    category: 'Other',
    description: 'Say what was fixed.',
    suggestion: 'One sentence.',
    quote: 'Line two, fixed.',
    anchor: {
      startLine: 2,
      endLine: 2,
      startOffset: 10,
      endOffset: 26,
      confidence: 'exact',
      similarity: 1,
    },
  });
  await addReply({ findingId: mine.id, text: 'Agreed.', author: 'reviewer 1a2b3c' });
  await addReply({
    findingId: r1Findings[0].id,
    text: 'Accept after discussion.',
    author: null,
    decision: 'accepted',
  });
  await setRoundScore(r2.id, 1);
  // "Verify this part" on round 2 (issue 17): a finding pinned to the node, the part's score.
  await recordPartVerification({
    roundId: r2.id,
    nodeId: 'lemma-1',
    runId: ver.id,
    score: 0.5,
    items: [
      {
        severity: 'gap',
        quote: 'Line two, fixed.',
        lines: { start: 2, end: 2 },
        description: 'Say how.',
        suggestion: '',
        anchor: null,
      },
    ],
  });
  for (const run of [ver, ref]) {
    await persistRunProgress({
      runId: run.id,
      events: [],
      text: 'out',
      reasoning: '',
      status: 'succeeded',
    });
  }
  await setGrade(sessionId, 'auto', { points: 6, text: 'Almost.', roundId: r2.id, runId: null });
  await setGrade(sessionId, 'human', { points: 7, text: 'Complete.', roundId: r2.id, runId: null });
  return sessionId;
}

describe('session JSON export → import', () => {
  it('gives an identical session: rounds, findings, decisions, runs, reference, grades', async () => {
    const id = await twoRoundSession();
    const original = (await dumpSession(id)) as SessionExport;
    expect(original.rounds).toHaveLength(2);
    expect(original.runs).toHaveLength(3);
    // Through JSON text, as a file would travel.
    const copyId = await importSessionJson(JSON.parse(JSON.stringify(original)));
    expect(copyId).not.toBe(id);
    const copy = (await dumpSession(copyId)) as SessionExport;
    expect(canonical(copy)).toEqual(canonical(original));
    // References between rows point inside the copy.
    const carried = copy.rounds[1].findings[0].carriedFromId;
    expect(copy.rounds[0].findings.map((f) => f.id)).toContain(carried);
    expect(copy.rounds[1].parentRoundId).toBe(copy.rounds[0].id);
    // A person's finding and the threads come back as they were.
    const mine = copy.rounds[1].findings.find((f) => f.source === 'person');
    expect(mine).toMatchObject({ category: 'Other', replies: [{ text: 'Agreed.' }] });
    expect(copy.rounds[0].findings[0].replies).toMatchObject([
      { text: 'Accept after discussion.', decision: 'accepted', author: null },
    ]);
    // Imported runs can be replayed from their event log.
    const events = await listRunEvents(copy.runs[0].id, 0);
    expect(events.map((e) => e.event.type)).toEqual(['reasoning', 'text', 'status']);
  });

  it('keeps the parts: findings keep their node, rounds their part scores (issue 17)', async () => {
    const original = (await dumpSession(await twoRoundSession())) as SessionExport;
    expect(original.rounds[1].partVerifications).toMatchObject([{ nodeId: 'lemma-1', score: 0.5 }]);
    const copyId = await importSessionJson(JSON.parse(JSON.stringify(original)));
    const copy = (await dumpSession(copyId)) as SessionExport;
    const pinned = copy.rounds[1].findings.filter((f) => f.nodeId === 'lemma-1');
    expect(pinned.map((f) => f.description)).toEqual(['Say how.']);
    expect(copy.rounds[1].partVerifications).toMatchObject([
      { nodeId: 'lemma-1', score: 0.5, runId: copy.runs[1].id },
    ]);
    const rounds = await listRounds(copyId);
    expect(rounds[1].partScores).toEqual({ 'lemma-1': 0.5 });
    expect(rounds[1].findings.find((f) => f.description === 'Say how.')?.nodeId).toBe('lemma-1');
    // Files written before parts: no node, no part scores.
    const old = JSON.parse(JSON.stringify(original));
    for (const r of old.rounds) {
      delete r.partVerifications;
      for (const f of r.findings) delete f.nodeId;
    }
    const plain = (await dumpSession(await importSessionJson(old))) as SessionExport;
    expect(plain.rounds.flatMap((r) => r.findings).every((f) => f.nodeId === null)).toBe(true);
    expect(plain.rounds.every((r) => r.partVerifications.length === 0)).toBe(true);
  });

  it('reads files written before findings had a source and replies as the verifier’s', async () => {
    const data = JSON.parse(JSON.stringify(await dumpSession(await twoRoundSession())));
    for (const r of data.rounds)
      for (const f of r.findings) {
        delete f.source;
        delete f.replies;
      }
    const copy = (await dumpSession(await importSessionJson(data))) as SessionExport;
    const all = copy.rounds.flatMap((r) => r.findings);
    expect(all.every((f) => f.source === 'verifier' && f.replies.length === 0)).toBe(true);
  });

  it('refuses a document that is not a session export', async () => {
    await expect(importSessionJson({ format: 'other' })).rejects.toThrow();
    const id = await twoRoundSession();
    const data = (await dumpSession(id)) as SessionExport;
    data.rounds[1].index = 1;
    await expect(importSessionJson(data)).rejects.toThrow(/appears twice/);
  });

  it('names every repeated id and grade before storing anything (no database error)', async () => {
    const data = (await dumpSession(await twoRoundSession())) as SessionExport;
    const before = (await listSessions()).total;
    data.rounds[1].findings[0].id = data.rounds[0].findings[0].id;
    data.runs[2].id = data.runs[0].id;
    data.grades[1].kind = 'auto';
    const err = (await importSessionJson(data).catch((e: unknown) => e)) as AppError;
    expect(err).toBeInstanceOf(AppError);
    expect(err.code).toBe('bad_request');
    expect(err.message).toMatch(/^Nothing was imported: /);
    expect(err.message).toContain(
      `runs[2] (${data.runs[2].kind}): its run id "${data.runs[0].id}" is already used by runs[0]`,
    );
    expect(err.message).toContain("round 2's finding 1: its finding id");
    expect(err.message).toContain("is already used by round 1's finding 1");
    expect(err.message).toContain('There is more than one auto grade');
    expect((await listSessions()).total).toBe(before);
  });

  it('rolls the whole session back when the database fails mid-import, naming the row', async () => {
    const data = (await dumpSession(await twoRoundSession())) as SessionExport;
    const before = (await listSessions()).total;
    let n = 0;
    setWriteFaultForTests((what) => {
      if (what === 'bulk item' && ++n === 5)
        throw sqliteError('SQLITE_FULL', 'database or disk is full');
    });
    try {
      // Steps: the session, 3 runs, then round 1.
      await expect(importSessionJson(data)).rejects.toThrow(
        /^Round 1 could not be stored: database or disk is full; nothing was stored\.$/,
      );
    } finally {
      setWriteFaultForTests(null);
    }
    expect((await listSessions()).total).toBe(before);
  });
});
