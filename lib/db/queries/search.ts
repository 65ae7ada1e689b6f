import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { SearchParams, SearchStatus } from '@/lib/schemas';
import { getDb } from '../client';
import { newId } from '../ids';
import { searchCandidates, searches, searchVerifications } from '../schema';

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
  getDb()
    .insert(searches)
    .values({ id, ...input, status: 'running', createdAt: now, updatedAt: now })
    .run();
  return id;
}

export async function getSearch(id: string): Promise<SearchRow | undefined> {
  return getDb().select().from(searches).where(eq(searches.id, id)).get();
}

export async function listSessionSearches(sessionId: string): Promise<SearchRow[]> {
  return getDb()
    .select()
    .from(searches)
    .where(eq(searches.sessionId, sessionId))
    .orderBy(asc(searches.createdAt))
    .all();
}

/** Searches a restart left running: they resume on start-up. */
export async function listRunningSearches(): Promise<SearchRow[]> {
  return getDb().select().from(searches).where(eq(searches.status, 'running')).all();
}

export async function updateSearch(
  id: string,
  patch: Partial<Pick<SearchRow, 'runId' | 'error' | 'roundId' | 'finishedAt'>> & {
    status?: SearchStatus;
  },
): Promise<void> {
  getDb()
    .update(searches)
    .set({ ...patch, updatedAt: Date.now() })
    .where(eq(searches.id, id))
    .run();
  // A search step is a checkpoint that must survive a restart.
  if (patch.status) getDb().$client.pragma('wal_checkpoint(PASSIVE)');
}

/** A written (or failed) proof; its ordinal is the next in the search, allocated here. */
export async function insertCandidate(
  row: Omit<CandidateRow, 'id' | 'ordinal'>,
): Promise<{ id: string; ordinal: number }> {
  const db = getDb();
  const id = newId();
  return db.transaction((tx) => {
    const { next } = tx
      .select({ next: sql<number>`coalesce(max(${searchCandidates.ordinal}), 0) + 1` })
      .from(searchCandidates)
      .where(eq(searchCandidates.searchId, row.searchId))
      .get() ?? { next: 1 };
    tx.insert(searchCandidates)
      .values({ ...row, id, ordinal: next })
      .run();
    return { id, ordinal: next };
  });
}

export async function insertSearchVerification(
  row: Omit<SearchVerificationRow, 'id'>,
): Promise<string> {
  const id = newId();
  getDb()
    .insert(searchVerifications)
    .values({ ...row, id })
    .run();
  return id;
}

/** The pool without proof texts (they are fetched one at a time). */
export async function listCandidates(searchId: string) {
  const c = searchCandidates;
  return getDb()
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
    .orderBy(asc(c.ordinal))
    .all();
}

/** Verifications without their report texts. */
export async function listSearchVerifications(searchId: string) {
  const v = searchVerifications;
  return getDb()
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
    .orderBy(asc(v.finishedAt))
    .all();
}

export async function getCandidate(
  searchId: string,
  id: string,
): Promise<CandidateRow | undefined> {
  return getDb()
    .select()
    .from(searchCandidates)
    .where(and(eq(searchCandidates.searchId, searchId), eq(searchCandidates.id, id)))
    .get();
}

export async function candidateProofs(ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = getDb()
    .select({ id: searchCandidates.id, proof: searchCandidates.proof })
    .from(searchCandidates)
    .where(inArray(searchCandidates.id, ids))
    .all();
  return new Map(rows.map((r) => [r.id, r.proof]));
}

/** Full verification rows (with report text) of some verifications, or of one candidate. */
export async function searchVerificationTexts(
  where: { ids: string[] } | { candidateId: string },
): Promise<SearchVerificationRow[]> {
  const v = searchVerifications;
  const cond = 'ids' in where ? inArray(v.id, where.ids) : eq(v.candidateId, where.candidateId);
  if ('ids' in where && !where.ids.length) return [];
  return getDb().select().from(v).where(cond).orderBy(asc(v.finishedAt)).all();
}
