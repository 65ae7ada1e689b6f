import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Round } from '@/lib/schemas';
import { conn } from '../conn';
import { newId } from '../ids';
import { first } from '../rows';
import type { rounds } from '../schema';
import { durableOrInBulk, transaction } from '../transaction';
import { toRound } from './mappers';
import { partScoresOf } from './part-verifications';
import { readReplies } from './replies';

export type RoundRow = typeof rounds.$inferSelect;

/**
 * The round a run writes its draft into, created on the first call and found on the next:
 * with several instances a run is planned by the instance that admits it and again by the one
 * that executes it, and it must still make one round.
 */
export async function roundForRun(input: {
  sessionId: string;
  origin: Round['origin'];
  parentRoundId?: string | null;
  sourceRunId: string;
}): Promise<RoundRow> {
  return (await runRound(input.sessionId, input.sourceRunId)) ?? createRound(input);
}

/** The round a run created, if it has made one yet. */
export async function runRound(sessionId: string, runId: string): Promise<RoundRow | undefined> {
  const { db, t } = await conn();
  return first(
    // Within the session's rounds (indexed by session), so no scan of every round.
    db
      .select()
      .from(t.rounds)
      .where(and(eq(t.rounds.sessionId, sessionId), eq(t.rounds.sourceRunId, runId)))
      .limit(1),
  );
}

export async function createRound(input: {
  sessionId: string;
  origin: Round['origin'];
  proof?: string;
  parentRoundId?: string | null;
  sourceRunId?: string | null;
}): Promise<RoundRow> {
  const now = Date.now();
  // Index allocation and insert in one transaction so concurrent runs never share an index.
  return transaction('round', async (tx) => {
    const { t } = await conn();
    const { next } = (await first(
      tx
        .select({ next: sql<number>`coalesce(max(${t.rounds.index}), 0) + 1` })
        .from(t.rounds)
        .where(eq(t.rounds.sessionId, input.sessionId)),
    )) ?? { next: 1 };
    const row = {
      id: newId(),
      sessionId: input.sessionId,
      index: next,
      origin: input.origin,
      proof: input.proof ?? '',
      parentRoundId: input.parentRoundId ?? null,
      sourceRunId: input.sourceRunId ?? null,
      truncated: false,
      createdAt: now,
      updatedAt: now,
    };
    await tx.insert(t.rounds).values(row);
    await tx.update(t.sessions).set({ updatedAt: now }).where(eq(t.sessions.id, input.sessionId));
    return (await getRoundRow(row.id)) as RoundRow;
  });
}

export async function getRoundRow(id: string): Promise<RoundRow | undefined> {
  const { db, t } = await conn();
  return first(db.select().from(t.rounds).where(eq(t.rounds.id, id)).limit(1));
}

export async function latestRoundRow(sessionId: string): Promise<RoundRow | undefined> {
  const { db, t } = await conn();
  return first(
    db
      .select()
      .from(t.rounds)
      .where(eq(t.rounds.sessionId, sessionId))
      .orderBy(desc(t.rounds.index))
      .limit(1),
  );
}

/** The findings of these rounds in position order. */
async function findingsOfRounds(roundIds: string[]) {
  const { db, t } = await conn();
  return db
    .select()
    .from(t.findings)
    .where(inArray(t.findings.roundId, roundIds))
    .orderBy(asc(t.findings.position));
}

/** Every round of a session with its findings, oldest first. */
export async function listRounds(sessionId: string): Promise<Round[]> {
  const { db, t } = await conn();
  const rows = await db
    .select()
    .from(t.rounds)
    .where(eq(t.rounds.sessionId, sessionId))
    .orderBy(asc(t.rounds.index));
  if (rows.length === 0) return [];
  const all = await findingsOfRounds(rows.map((r) => r.id));
  const replies = await readReplies(all.map((f) => f.id));
  const parts = await partScoresOf(rows.map((r) => r.id));
  return rows.map((r) => ({
    ...toRound(
      r,
      all.filter((f) => f.roundId === r.id),
      replies,
    ),
    partScores: parts.get(r.id) ?? {},
  }));
}

/** One round with its findings (what a `findings` event tells the page). */
export async function getRound(id: string): Promise<Round | undefined> {
  const row = await getRoundRow(id);
  if (!row) return undefined;
  const own = await findingsOfRounds([id]);
  const replies = await readReplies(own.map((f) => f.id));
  const parts = await partScoresOf([id]);
  return { ...toRound(row, own, replies), partScores: parts.get(id) ?? {} };
}

export async function completeRoundDraft(
  id: string,
  draft: {
    proof: string;
    selfEvaluation: string | null;
    selfScore: number | null;
    truncated: boolean;
  },
): Promise<void> {
  // A finished draft is worth keeping through a power loss too: committed with FULL.
  await durableOrInBulk('finished round', async (tx) => {
    const { t } = await conn();
    await tx
      .update(t.rounds)
      .set({ ...draft, updatedAt: Date.now() })
      .where(eq(t.rounds.id, id));
  });
}

/** Drops a round whose draft never produced a character (e.g. the model server was down). */
export async function deleteEmptyRound(id: string): Promise<void> {
  await transaction('empty round', async (tx) => {
    const { t } = await conn();
    const row = await getRoundRow(id);
    if (row && !row.proof) await tx.delete(t.rounds).where(eq(t.rounds.id, id));
  });
}

export async function setRoundScore(id: string, score: number | null): Promise<void> {
  const { db, t } = await conn();
  await db.update(t.rounds).set({ score, updatedAt: Date.now() }).where(eq(t.rounds.id, id));
}
