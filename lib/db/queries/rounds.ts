import 'server-only';
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Round } from '@/lib/schemas';
import { fullSyncTransaction, getDb } from '../client';
import { newId } from '../ids';
import { findings, rounds, sessions } from '../schema';
import { toRound } from './mappers';
import { partScoresOf } from './part-verifications';
import { readReplies } from './replies';

export type RoundRow = typeof rounds.$inferSelect;

export async function createRound(input: {
  sessionId: string;
  origin: Round['origin'];
  proof?: string;
  parentRoundId?: string | null;
  sourceRunId?: string | null;
}): Promise<RoundRow> {
  const db = getDb();
  const now = Date.now();
  // Index allocation and insert in one transaction so concurrent runs never share an index.
  return db.transaction((tx) => {
    const { next } = tx
      .select({ next: sql<number>`coalesce(max(${rounds.index}), 0) + 1` })
      .from(rounds)
      .where(eq(rounds.sessionId, input.sessionId))
      .get() ?? { next: 1 };
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
    tx.insert(rounds).values(row).run();
    tx.update(sessions).set({ updatedAt: now }).where(eq(sessions.id, input.sessionId)).run();
    return tx.select().from(rounds).where(eq(rounds.id, row.id)).get() as RoundRow;
  });
}

export async function getRoundRow(id: string): Promise<RoundRow | undefined> {
  return getDb().select().from(rounds).where(eq(rounds.id, id)).get();
}

export async function latestRoundRow(sessionId: string): Promise<RoundRow | undefined> {
  return getDb()
    .select()
    .from(rounds)
    .where(eq(rounds.sessionId, sessionId))
    .orderBy(sql`${rounds.index} desc`)
    .limit(1)
    .get();
}

/** Every round of a session with its findings, oldest first. */
export async function listRounds(sessionId: string): Promise<Round[]> {
  const db = getDb();
  const rows = db
    .select()
    .from(rounds)
    .where(eq(rounds.sessionId, sessionId))
    .orderBy(asc(rounds.index))
    .all();
  if (rows.length === 0) return [];
  const all = db
    .select()
    .from(findings)
    .where(
      inArray(
        findings.roundId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(findings.position))
    .all();
  const replies = readReplies(
    db,
    all.map((f) => f.id),
  );
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
  const db = getDb();
  const row = db.select().from(rounds).where(eq(rounds.id, id)).get();
  if (!row) return undefined;
  const own = db
    .select()
    .from(findings)
    .where(eq(findings.roundId, id))
    .orderBy(asc(findings.position))
    .all();
  const parts = await partScoresOf([id]);
  return {
    ...toRound(
      row,
      own,
      readReplies(
        db,
        own.map((f) => f.id),
      ),
    ),
    partScores: parts.get(id) ?? {},
  };
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
  fullSyncTransaction('finished round', (tx) =>
    tx
      .update(rounds)
      .set({ ...draft, updatedAt: Date.now() })
      .where(eq(rounds.id, id))
      .run(),
  );
}

/** Drops a round whose draft never produced a character (e.g. the model server was down). */
export async function deleteEmptyRound(id: string): Promise<void> {
  const db = getDb();
  db.transaction((tx) => {
    const row = tx.select().from(rounds).where(eq(rounds.id, id)).get();
    if (row && !row.proof) tx.delete(rounds).where(eq(rounds.id, id)).run();
  });
}

export async function setRoundScore(id: string, score: number | null): Promise<void> {
  getDb().update(rounds).set({ score, updatedAt: Date.now() }).where(eq(rounds.id, id)).run();
}
