import 'server-only';
import { and, asc, desc, eq, gt, inArray } from 'drizzle-orm';
import type { Run, RunEvent, RunKind, RunStatus, SequencedRunEvent } from '@/lib/schemas';
import { getDb } from '../client';
import { newId } from '../ids';
import { runEvents, runs } from '../schema';
import { checkWriteFault } from '../write-fault';
import { toRun } from './mappers';

export async function createRun(input: {
  sessionId: string;
  roundId: string | null;
  kind: RunKind;
  model: string;
  params?: unknown;
}): Promise<Run> {
  const now = Date.now();
  const row = {
    id: newId(),
    sessionId: input.sessionId,
    roundId: input.roundId,
    kind: input.kind,
    status: 'queued',
    model: input.model,
    params: input.params ?? null,
    createdAt: now,
  };
  getDb().insert(runs).values(row).run();
  return (await getRun(row.id)) as Run;
}

export async function getRun(id: string): Promise<Run | undefined> {
  const row = getDb().select().from(runs).where(eq(runs.id, id)).get();
  return row ? toRun(row) : undefined;
}

export async function setRunRound(id: string, roundId: string): Promise<void> {
  getDb().update(runs).set({ roundId }).where(eq(runs.id, id)).run();
}

export async function listSessionRuns(sessionId: string, limit = 100): Promise<Run[]> {
  return getDb()
    .select()
    .from(runs)
    .where(eq(runs.sessionId, sessionId))
    .orderBy(desc(runs.createdAt))
    .limit(limit)
    .all()
    .map(toRun);
}

/**
 * Appends events and the run's accumulated text in ONE transaction, so the event log and
 * `runs.text` never disagree, even if the process dies right after.
 */
export async function persistRunProgress(input: {
  runId: string;
  events: SequencedRunEvent[];
  text: string;
  reasoning: string;
  status?: RunStatus;
  patch?: Partial<Pick<Run, 'error' | 'finishReason' | 'usage' | 'startedAt' | 'finishedAt'>>;
}): Promise<void> {
  const db = getDb();
  db.transaction((tx) => {
    checkWriteFault('run progress');
    if (input.events.length) {
      tx.insert(runEvents)
        .values(
          input.events.map((e) => ({
            runId: input.runId,
            seq: e.seq,
            data: JSON.stringify(e.event),
          })),
        )
        .run();
    }
    const lastSeq = input.events.at(-1)?.seq;
    tx.update(runs)
      .set({
        text: input.text,
        reasoning: input.reasoning,
        ...(lastSeq != null ? { lastSeq } : {}),
        ...(input.status ? { status: input.status } : {}),
        ...input.patch,
      })
      .where(eq(runs.id, input.runId))
      .run();
  });
}

export async function listRunEvents(runId: string, afterSeq: number): Promise<SequencedRunEvent[]> {
  return getDb()
    .select()
    .from(runEvents)
    .where(and(eq(runEvents.runId, runId), gt(runEvents.seq, afterSeq)))
    .orderBy(asc(runEvents.seq))
    .all()
    .map((r) => ({ seq: r.seq, event: JSON.parse(r.data) as RunEvent }));
}

/** Runs a crash left `queued`/`running`: the caller turns them into `interrupted`. */
export async function listUnfinishedRuns(): Promise<Run[]> {
  return getDb()
    .select()
    .from(runs)
    .where(inArray(runs.status, ['queued', 'running']))
    .all()
    .map(toRun);
}

export async function lastRunSeq(runId: string): Promise<number> {
  return getDb().select({ s: runs.lastSeq }).from(runs).where(eq(runs.id, runId)).get()?.s ?? 0;
}
