import 'server-only';
import { and, desc, eq, like } from 'drizzle-orm';
import type { RunProgress } from '@/lib/schemas';
import { getDb } from '../client';
import { rounds, runEvents, runs } from '../schema';

/** The last progress a multi-step run reported, from its event log (after it finished). */
export async function lastRunProgress(runId: string): Promise<RunProgress | null> {
  const row = getDb()
    .select({ data: runEvents.data })
    .from(runEvents)
    .where(and(eq(runEvents.runId, runId), like(runEvents.data, '{"type":"progress"%')))
    .orderBy(desc(runEvents.seq))
    .limit(1)
    .get();
  return row ? (JSON.parse(row.data) as { progress: RunProgress }).progress : null;
}

/** Rounds left empty by interrupted multi-step runs of a kind (a refinement cut by a crash). */
export async function emptyRoundsOfInterrupted(kind: string): Promise<string[]> {
  return getDb()
    .select({ id: rounds.id })
    .from(rounds)
    .innerJoin(runs, eq(runs.id, rounds.sourceRunId))
    .where(and(eq(runs.kind, kind), eq(runs.status, 'interrupted'), eq(rounds.proof, '')))
    .all()
    .map((r) => r.id);
}
