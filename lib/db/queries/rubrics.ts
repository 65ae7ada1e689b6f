import 'server-only';
import { eq } from 'drizzle-orm';
import type { Rubric } from '@/lib/schemas';
import { type Db, durableWrite, fullSyncTransaction, getDb } from '../client';
import { rubrics, sessionReferences } from '../schema';

export type StoredRubricRow = { rubric: Rubric; updatedAt: number };

export async function getRubric(problemId: string): Promise<StoredRubricRow | null> {
  const row = getDb().select().from(rubrics).where(eq(rubrics.problemId, problemId)).get();
  return row ? { rubric: row.rubric as Rubric, updatedAt: row.updatedAt } : null;
}

function upsertRubric(tx: Db, problemId: string, rubric: Rubric, now: number) {
  tx.insert(rubrics)
    .values({ problemId, rubric, updatedAt: now })
    .onConflictDoUpdate({ target: rubrics.problemId, set: { rubric, updatedAt: now } })
    .run();
}

/** Sets (or replaces) a problem's rubric; durable like a grade, since people write it. */
export async function setRubric(problemId: string, rubric: Rubric): Promise<number> {
  const now = Date.now();
  await durableWrite('rubric', (tx) => upsertRubric(tx, problemId, rubric, now));
  return now;
}

/** The same, inside a problem set's import (it commits with the import's transaction). */
export function setRubricInImport(problemId: string, rubric: Rubric): void {
  fullSyncTransaction('rubric', (tx) => upsertRubric(tx, problemId, rubric, Date.now()));
}

export async function clearRubric(problemId: string): Promise<void> {
  await durableWrite('rubric', (tx) =>
    tx.delete(rubrics).where(eq(rubrics.problemId, problemId)).run(),
  );
}

/** The rubric a session is graded against: its problem's, when it was started from one. */
export async function rubricForSession(
  sessionId: string,
): Promise<{ problemId: string; rubric: Rubric } | null> {
  const row = getDb()
    .select({ problemId: rubrics.problemId, rubric: rubrics.rubric })
    .from(sessionReferences)
    .innerJoin(rubrics, eq(rubrics.problemId, sessionReferences.problemId))
    .where(eq(sessionReferences.sessionId, sessionId))
    .get();
  return row ? { problemId: row.problemId, rubric: row.rubric as Rubric } : null;
}

/** Every stored rubric by problem id (for the grades page's per-checkpoint agreement). */
export async function rubricsByProblem(): Promise<Map<string, Rubric>> {
  const rows = getDb().select().from(rubrics).all();
  return new Map(rows.map((r) => [r.problemId, r.rubric as Rubric]));
}
