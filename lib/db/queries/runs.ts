import 'server-only';
import { and, asc, desc, eq, gt, inArray, max } from 'drizzle-orm';
import type { Run, RunEvent, RunKind, SequencedRunEvent } from '@/lib/schemas';
import { selectedBackend } from '../backend';
import { conn } from '../conn';
import { newId } from '../ids';
import { first } from '../rows';
import { toRun } from './mappers';
import { persistRunProgressPg } from './run-events-pg';
import { listRunEventRowsSqlite, persistRunProgressSqlite } from './run-events-sqlite';
import type { ProgressBatch, StoredEventRow } from './run-events-types';
import { batchListState } from './run-list-state';
import { foldRunText } from './run-text';

export type { StoredEventRow } from './run-events-types';

const UNFINISHED = ['queued', 'running'];

/** A run not yet finished has its text in its events only (see `persistRunProgress`). */
async function withDerivedText(run: Run): Promise<Run> {
  if (!UNFINISHED.includes(run.status)) return run;
  const events = await listRunEvents(run.id, 0);
  return { ...run, ...foldRunText(events.map((e) => e.event)) };
}

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
    listState: 'running',
    model: input.model,
    params: input.params ?? null,
    createdAt: now,
  };
  const { db, t } = await conn();
  await db.insert(t.runs).values(row);
  return (await getRun(row.id)) as Run;
}

/**
 * A run as stored. For one still running, its text is rebuilt from its event log unless
 * `derive` is false (the caller has the live text in memory).
 */
export async function getRun(id: string, derive = true): Promise<Run | undefined> {
  const { db, t } = await conn();
  const row = await first(db.select().from(t.runs).where(eq(t.runs.id, id)).limit(1));
  if (!row) return undefined;
  return derive ? withDerivedText(toRun(row)) : toRun(row);
}

/**
 * A run's status alone, for the events route: every reader opening a page asks it, and the
 * whole row carries the run's text and reasoning (tens of kilobytes each, copied out of
 * SQLite and mapped for nothing).
 */
export async function getRunStatus(id: string): Promise<Pick<Run, 'id' | 'status'> | undefined> {
  const { db, t } = await conn();
  const row = await first(
    db.select({ status: t.runs.status }).from(t.runs).where(eq(t.runs.id, id)).limit(1),
  );
  return row ? { id, status: row.status as Run['status'] } : undefined;
}

export async function setRunRound(id: string, roundId: string): Promise<void> {
  const { db, t } = await conn();
  await db.update(t.runs).set({ roundId }).where(eq(t.runs.id, id));
}

export async function listSessionRuns(sessionId: string, limit = 100): Promise<Run[]> {
  const { db, t } = await conn();
  const rows = await db
    .select()
    .from(t.runs)
    .where(eq(t.runs.sessionId, sessionId))
    .orderBy(desc(t.runs.createdAt))
    .limit(limit);
  return rows.map(toRun);
}

/**
 * Appends a batch of a run's events in ONE transaction. The events are deltas, so a write
 * costs what arrived since the last one, not the whole text so far (issue 11). `text` and
 * `reasoning` are passed, and the run row touched, only at status changes (start, end,
 * recovery): until then the full text is the fold of the events (`foldRunText`). SQLite
 * keeps its synchronous prepared-statement path; Postgres inserts the batch at once.
 */
export async function persistRunProgress(input: ProgressBatch): Promise<void> {
  const lastSeq = input.events.at(-1)?.seq;
  const changed = {
    ...(input.text != null ? { text: input.text } : {}),
    ...(input.reasoning != null ? { reasoning: input.reasoning } : {}),
    ...(input.status ? { status: input.status, listState: await batchListState(input) } : {}),
    ...input.patch,
  };
  const row = Object.keys(changed).length
    ? { ...changed, ...(lastSeq != null ? { lastSeq } : {}) }
    : {};
  const backend = selectedBackend();
  if (backend.kind === 'sqlite') return persistRunProgressSqlite(input, row);
  await persistRunProgressPg(backend.url, input, row);
}

export async function listRunEvents(runId: string, afterSeq: number): Promise<SequencedRunEvent[]> {
  const { db, t } = await conn();
  const rows = await db
    .select()
    .from(t.runEvents)
    .where(and(eq(t.runEvents.runId, runId), gt(t.runEvents.seq, afterSeq)))
    .orderBy(asc(t.runEvents.seq));
  return rows.map((r) => ({ seq: r.seq, event: JSON.parse(r.data) as RunEvent }));
}

/**
 * A run's events after `afterSeq`, as stored (JSON text, unparsed), for the SSE replay.
 * SQLite keeps its prepared statement (`listRunEventRowsSqlite`); Postgres selects the two
 * columns in order of the primary key.
 */
export async function listRunEventRows(runId: string, afterSeq: number): Promise<StoredEventRow[]> {
  const { db, t, backend } = await conn();
  if (backend === 'sqlite') return listRunEventRowsSqlite(runId, afterSeq);
  return db
    .select({ seq: t.runEvents.seq, data: t.runEvents.data })
    .from(t.runEvents)
    .where(and(eq(t.runEvents.runId, runId), gt(t.runEvents.seq, afterSeq)))
    .orderBy(asc(t.runEvents.seq));
}

/** Runs a crash left `queued`/`running`: the caller turns them into `interrupted`. */
export async function listUnfinishedRuns(): Promise<Run[]> {
  const { db, t } = await conn();
  const rows = await db.select().from(t.runs).where(inArray(t.runs.status, UNFINISHED));
  return Promise.all(rows.map((r) => withDerivedText(toRun(r))));
}

/** The last event written (the row's `lastSeq` is only updated at status changes). */
export async function lastRunSeq(runId: string): Promise<number> {
  const { db, t } = await conn();
  const row = await first(
    db
      .select({ s: max(t.runEvents.seq) })
      .from(t.runEvents)
      .where(eq(t.runEvents.runId, runId)),
  );
  return row?.s ?? 0;
}

/** What a run was started with (an autopilot's settings, a search's parameters). */
export async function getRunParams(id: string): Promise<unknown> {
  const { db, t } = await conn();
  const row = await first(
    db.select({ params: t.runs.params }).from(t.runs).where(eq(t.runs.id, id)).limit(1),
  );
  return row?.params ?? null;
}
