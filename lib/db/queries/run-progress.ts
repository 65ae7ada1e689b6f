import 'server-only';
import { and, desc, eq, like } from 'drizzle-orm';
import type { RunProgress } from '@/lib/schemas';
import { conn } from '../conn';
import { first } from '../rows';

/** The last progress a multi-step run reported, from its event log (after it finished). */
export async function lastRunProgress(runId: string): Promise<RunProgress | null> {
  const { db, t } = await conn();
  const row = await first(
    db
      .select({ data: t.runEvents.data })
      .from(t.runEvents)
      .where(and(eq(t.runEvents.runId, runId), like(t.runEvents.data, '{"type":"progress"%')))
      .orderBy(desc(t.runEvents.seq))
      .limit(1),
  );
  return row ? (JSON.parse(row.data) as { progress: RunProgress }).progress : null;
}

/** Rounds left empty by interrupted multi-step runs of a kind (a refinement cut by a crash). */
export async function emptyRoundsOfInterrupted(kind: string): Promise<string[]> {
  const { db, t } = await conn();
  const rows = await db
    .select({ id: t.rounds.id })
    .from(t.rounds)
    .innerJoin(t.runs, eq(t.runs.id, t.rounds.sourceRunId))
    .where(and(eq(t.runs.kind, kind), eq(t.runs.status, 'interrupted'), eq(t.rounds.proof, '')));
  return rows.map((r) => r.id);
}
