import 'server-only';
import { eq } from 'drizzle-orm';
import type { Rubric } from '@/lib/schemas';
import { conn } from '../conn';
import { first } from '../rows';
import { durableTransaction, transaction } from '../transaction';

export type StoredRubricRow = { rubric: Rubric; updatedAt: number };

export async function getRubric(problemId: string): Promise<StoredRubricRow | null> {
  const { db, t } = await conn();
  const row = await first(
    db.select().from(t.rubrics).where(eq(t.rubrics.problemId, problemId)).limit(1),
  );
  return row ? { rubric: row.rubric as Rubric, updatedAt: row.updatedAt } : null;
}

async function upsertRubric(problemId: string, rubric: Rubric, now: number) {
  const { db, t } = await conn();
  await db
    .insert(t.rubrics)
    .values({ problemId, rubric, updatedAt: now })
    .onConflictDoUpdate({ target: t.rubrics.problemId, set: { rubric, updatedAt: now } });
}

/** Sets (or replaces) a problem's rubric; durable like a grade, since people write it. */
export async function setRubric(problemId: string, rubric: Rubric): Promise<number> {
  const now = Date.now();
  await durableTransaction('rubric', () => upsertRubric(problemId, rubric, now));
  return now;
}

/**
 * The same, inside a problem set's import: there it joins the import's open transaction
 * and commits with it.
 */
export async function setRubricInImport(problemId: string, rubric: Rubric): Promise<void> {
  await transaction('rubric', () => upsertRubric(problemId, rubric, Date.now()));
}

export async function clearRubric(problemId: string): Promise<void> {
  await durableTransaction('rubric', async (tx) => {
    const { t } = await conn();
    await tx.delete(t.rubrics).where(eq(t.rubrics.problemId, problemId));
  });
}

/** The rubric a session is graded against: its problem's, when it was started from one. */
export async function rubricForSession(
  sessionId: string,
): Promise<{ problemId: string; rubric: Rubric } | null> {
  const { db, t } = await conn();
  const row = await first(
    db
      .select({ problemId: t.rubrics.problemId, rubric: t.rubrics.rubric })
      .from(t.sessionReferences)
      .innerJoin(t.rubrics, eq(t.rubrics.problemId, t.sessionReferences.problemId))
      .where(eq(t.sessionReferences.sessionId, sessionId))
      .limit(1),
  );
  return row ? { problemId: row.problemId, rubric: row.rubric as Rubric } : null;
}

/** Every stored rubric by problem id (for the grades page's per-checkpoint agreement). */
export async function rubricsByProblem(): Promise<Map<string, Rubric>> {
  const { db, t } = await conn();
  const rows = await db.select().from(t.rubrics);
  return new Map(rows.map((r) => [r.problemId, r.rubric as Rubric]));
}
