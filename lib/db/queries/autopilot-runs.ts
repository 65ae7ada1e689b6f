import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Run } from '@/lib/schemas';
import { conn } from '../conn';
import { toRun } from './mappers';

export type AutopilotRunRow = Run & { byParts: boolean };

/**
 * The finished autopilot runs of every session whose problem is exactly `problem`, newest
 * first, each saying whether it went part by part (issue 17): what the Rounds tab compares.
 */
export async function finishedAutopilotsOnProblem(
  problem: string,
  limit = 100,
): Promise<AutopilotRunRow[]> {
  const { db, t } = await conn();
  const rows = await db
    .select({ run: t.runs })
    .from(t.runs)
    .innerJoin(t.sessions, eq(t.sessions.id, t.runs.sessionId))
    .where(
      and(
        eq(t.runs.kind, 'autopilot'),
        eq(t.sessions.problem, problem),
        inArray(t.runs.status, ['succeeded', 'stopped', 'failed', 'interrupted']),
      ),
    )
    .orderBy(desc(t.runs.createdAt))
    .limit(limit);
  return rows.map(({ run }) => ({
    ...toRun(run),
    byParts: (run.params as { byParts?: unknown } | null)?.byParts === true,
  }));
}
