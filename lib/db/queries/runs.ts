import 'server-only';
import type Database from 'better-sqlite3';
import { and, asc, desc, eq, gt, inArray, max } from 'drizzle-orm';
import type { Run, RunEvent, RunKind, RunStatus, SequencedRunEvent } from '@/lib/schemas';
import { getDb } from '../client';
import { newId } from '../ids';
import { runEvents, runs } from '../schema';
import { checkWriteFault } from '../write-fault';
import { toRun } from './mappers';
import { foldRunText } from './run-text';

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
    model: input.model,
    params: input.params ?? null,
    createdAt: now,
  };
  getDb().insert(runs).values(row).run();
  return (await getRun(row.id)) as Run;
}

/**
 * A run as stored. For one still running, its text is rebuilt from its event log unless
 * `derive` is false (the caller has the live text in memory).
 */
export async function getRun(id: string, derive = true): Promise<Run | undefined> {
  const row = getDb().select().from(runs).where(eq(runs.id, id)).get();
  if (!row) return undefined;
  return derive ? withDerivedText(toRun(row)) : toRun(row);
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
 * One prepared INSERT per connection for event rows. A batch's rows go through it inside
 * the batch's transaction: drizzle would build the SQL of a many-row insert value by value
 * every second for every run, a visible share of the app's CPU per streamed token.
 */
const insertEvent = new WeakMap<object, Database.Statement<[string, number, string]>>();
function insertEventStatement(db: ReturnType<typeof getDb>) {
  let stmt = insertEvent.get(db.$client);
  if (!stmt) {
    stmt = db.$client.prepare<[string, number, string]>(
      'INSERT INTO run_events (run_id, seq, data) VALUES (?, ?, ?)',
    );
    insertEvent.set(db.$client, stmt);
  }
  return stmt;
}

/**
 * Appends a batch of a run's events in ONE transaction. The events are deltas, so a write
 * costs what arrived since the last one, not the whole text so far (issue 11). `text` and
 * `reasoning` are passed, and the run row touched, only at status changes (start, end,
 * recovery): until then the full text is the fold of the events (`foldRunText`).
 */
export async function persistRunProgress(input: {
  runId: string;
  events: SequencedRunEvent[];
  text?: string;
  reasoning?: string;
  status?: RunStatus;
  patch?: Partial<Pick<Run, 'error' | 'finishReason' | 'usage' | 'startedAt' | 'finishedAt'>>;
}): Promise<void> {
  const db = getDb();
  db.transaction((tx) => {
    checkWriteFault('run progress');
    if (input.events.length) {
      const insert = insertEventStatement(db);
      for (const e of input.events) insert.run(input.runId, e.seq, JSON.stringify(e.event));
    }
    const row = {
      ...(input.text != null ? { text: input.text } : {}),
      ...(input.reasoning != null ? { reasoning: input.reasoning } : {}),
      ...(input.status ? { status: input.status } : {}),
      ...input.patch,
    };
    if (!Object.keys(row).length) return;
    const lastSeq = input.events.at(-1)?.seq;
    tx.update(runs)
      .set({ ...row, ...(lastSeq != null ? { lastSeq } : {}) })
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

/** A stored event as written: its number and its JSON text, unparsed. */
export type StoredEventRow = { seq: number; data: string };

const selectEventRows = new WeakMap<object, Database.Statement<[string, number], StoredEventRow>>();

/**
 * A run's events after `afterSeq`, as stored, for a replay that sends them on as they are
 * (SSE frames need the JSON text, not the object): no parse, no re-stringify, no per-row
 * mapping, one prepared statement per connection. Readers of finished runs replay whole
 * logs of thousands of events, many times a minute.
 */
export function listRunEventRows(runId: string, afterSeq: number): StoredEventRow[] {
  const client = getDb().$client;
  let stmt = selectEventRows.get(client);
  if (!stmt) {
    stmt = client.prepare<[string, number], StoredEventRow>(
      'SELECT seq, data FROM run_events WHERE run_id = ? AND seq > ? ORDER BY seq',
    );
    selectEventRows.set(client, stmt);
  }
  return stmt.all(runId, afterSeq);
}

/** Runs a crash left `queued`/`running`: the caller turns them into `interrupted`. */
export async function listUnfinishedRuns(): Promise<Run[]> {
  const rows = getDb().select().from(runs).where(inArray(runs.status, UNFINISHED)).all();
  return Promise.all(rows.map((r) => withDerivedText(toRun(r))));
}

/** The last event written (the row's `lastSeq` is only updated at status changes). */
export async function lastRunSeq(runId: string): Promise<number> {
  const row = getDb()
    .select({ s: max(runEvents.seq) })
    .from(runEvents)
    .where(eq(runEvents.runId, runId))
    .get();
  return row?.s ?? 0;
}
