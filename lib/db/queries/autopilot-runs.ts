import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Run } from '@/lib/schemas';
import { getDb } from '../client';
import { runs, sessions } from '../schema';
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
  return getDb()
    .select({ run: runs })
    .from(runs)
    .innerJoin(sessions, eq(sessions.id, runs.sessionId))
    .where(
      and(
        eq(runs.kind, 'autopilot'),
        eq(sessions.problem, problem),
        inArray(runs.status, ['succeeded', 'stopped', 'failed', 'interrupted']),
      ),
    )
    .orderBy(desc(runs.createdAt))
    .limit(limit)
    .all()
    .map(({ run }) => ({
      ...toRun(run),
      byParts: (run.params as { byParts?: unknown } | null)?.byParts === true,
    }));
}
