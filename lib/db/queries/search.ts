import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { SearchParams, SearchStatus } from '@/lib/schemas';
import { checkpointCommitted } from '../checkpoint';
import { conn } from '../conn';
import { newId } from '../ids';
import { first } from '../rows';
import type { searchCandidates, searches, searchVerifications } from '../schema';
import { transaction } from '../transaction';

export type SearchRow = typeof searches.$inferSelect;
export type CandidateRow = typeof searchCandidates.$inferSelect;
export type SearchVerificationRow = typeof searchVerifications.$inferSelect;

export async function createSearch(input: {
  sessionId: string;
  runId: string;
  params: SearchParams;
}): Promise<string> {
  const id = newId();
  const now = Date.now();
  const { db, t } = await conn();
  await db
    .insert(t.searches)
    .values({ id, ...input, status: 'running', createdAt: now, updatedAt: now });
  return id;
}

export async function getSearch(id: string): Promise<SearchRow | undefined> {
  const { db, t } = await conn();
  return first(db.select().from(t.searches).where(eq(t.searches.id, id)).limit(1));
}

export async function listSessionSearches(sessionId: string): Promise<SearchRow[]> {
  const { db, t } = await conn();
  return db
    .select()
    .from(t.searches)
    .where(eq(t.searches.sessionId, sessionId))
    .orderBy(asc(t.searches.createdAt));
}

/** Searches a restart left running: they resume on start-up. */
export async function listRunningSearches(): Promise<SearchRow[]> {
  const { db, t } = await conn();
  return db.select().from(t.searches).where(eq(t.searches.status, 'running'));
}

export async function updateSearch(
  id: string,
  patch: Partial<Pick<SearchRow, 'runId' | 'error' | 'roundId' | 'finishedAt'>> & {
    status?: SearchStatus;
  },
): Promise<void> {
  const { db, t } = await conn();
  await db
    .update(t.searches)
    .set({ ...patch, updatedAt: Date.now() })
    .where(eq(t.searches.id, id));
  // A search step is a checkpoint that must survive a restart.
  if (patch.status) checkpointCommitted();
}

/** A written (or failed) proof; its ordinal is the next in the search, allocated here. */
export async function insertCandidate(
  row: Omit<CandidateRow, 'id' | 'ordinal'>,
): Promise<{ id: string; ordinal: number }> {
  const id = newId();
  return transaction('search candidate', async (tx) => {
    const { t } = await conn();
    const { next } = (await first(
      tx
        .select({ next: sql<number>`coalesce(max(${t.searchCandidates.ordinal}), 0) + 1` })
        .from(t.searchCandidates)
        .where(eq(t.searchCandidates.searchId, row.searchId)),
    )) ?? { next: 1 };
    await tx.insert(t.searchCandidates).values({ ...row, id, ordinal: next });
    return { id, ordinal: next };
  });
}

export async function insertSearchVerification(
  row: Omit<SearchVerificationRow, 'id'>,
): Promise<string> {
  const id = newId();
  const { db, t } = await conn();
  await db.insert(t.searchVerifications).values({ ...row, id });
  return id;
}

/** The pool without proof texts (they are fetched one at a time). */
export async function listCandidates(searchId: string) {
  const { db, t } = await conn();
  const c = t.searchCandidates;
  return db
    .select({
      id: c.id,
      ordinal: c.ordinal,
      generation: c.generation,
      parents: c.parents,
      analyses: c.analyses,
      selfScore: c.selfScore,
      failed: c.failed,
      promptTokens: c.promptTokens,
      completionTokens: c.completionTokens,
      startedAt: c.startedAt,
      finishedAt: c.finishedAt,
    })
    .from(c)
    .where(eq(c.searchId, searchId))
    .orderBy(asc(c.ordinal));
}

/** Verifications without their report texts. */
export async function listSearchVerifications(searchId: string) {
  const { db, t } = await conn();
  const v = t.searchVerifications;
  return db
    .select({
      id: v.id,
      candidateId: v.candidateId,
      score: v.score,
      failed: v.failed,
      promptTokens: v.promptTokens,
      completionTokens: v.completionTokens,
      startedAt: v.startedAt,
      finishedAt: v.finishedAt,
    })
    .from(v)
    .where(eq(v.searchId, searchId))
    .orderBy(asc(v.finishedAt));
}

export async function getCandidate(
  searchId: string,
  id: string,
): Promise<CandidateRow | undefined> {
  const { db, t } = await conn();
  const c = t.searchCandidates;
  return first(
    db
      .select()
      .from(c)
      .where(and(eq(c.searchId, searchId), eq(c.id, id)))
      .limit(1),
  );
}

export async function candidateProofs(ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const { db, t } = await conn();
  const c = t.searchCandidates;
  const rows = await db.select({ id: c.id, proof: c.proof }).from(c).where(inArray(c.id, ids));
  return new Map(rows.map((r) => [r.id, r.proof]));
}

/** Full verification rows (with report text) of some verifications, or of one candidate. */
export async function searchVerificationTexts(
  where: { ids: string[] } | { candidateId: string },
): Promise<SearchVerificationRow[]> {
  const { db, t } = await conn();
  const v = t.searchVerifications;
  const cond = 'ids' in where ? inArray(v.id, where.ids) : eq(v.candidateId, where.candidateId);
  if ('ids' in where && !where.ids.length) return [];
  return db.select().from(v).where(cond).orderBy(asc(v.finishedAt));
}

/** The search a run drives (searches.run_id is the run driving it now). */
export async function searchOfRun(runId: string): Promise<SearchRow | undefined> {
  const { db, t } = await conn();
  return first(db.select().from(t.searches).where(eq(t.searches.runId, runId)).limit(1));
}
