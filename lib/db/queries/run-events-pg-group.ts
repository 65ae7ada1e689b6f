import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import type { PgDb } from '../pg/client';
import { RUN_EVENTS_CHANNEL, runEventsPayload } from '../pg/run-channels';
import type { ProgressBatch } from './run-events-types';

type Waiting = { input: ProgressBatch; resolve: () => void; reject: (err: unknown) => void };

/**
 * The insert of batches of events, each announced on RUN_EVENTS_CHANNEL as
 * `<runId>:<lastSeq>`: all rows in ONE insert of three array parameters unnested into rows
 * (the same SQL text for any size), and the NOTIFYs in the same statement. Postgres
 * delivers a NOTIFY at commit only, so a listener never hears of rows it cannot read yet.
 */
export function insertAndAnnounce(batches: readonly ProgressBatch[]): SQL {
  const rows = batches.flatMap((b) => b.events.map((e) => ({ runId: b.runId, e })));
  const runIds = sql.param(rows.map((r) => r.runId));
  const seqs = sql.param(rows.map((r) => r.e.seq));
  const data = sql.param(rows.map((r) => JSON.stringify(r.e.event)));
  const payloads = sql.param(
    batches.map((b) => runEventsPayload(b.runId, b.events[b.events.length - 1].seq)),
  );
  return sql`WITH inserted AS (INSERT INTO run_events (run_id, seq, data)
      SELECT * FROM unnest(${runIds}::text[], ${seqs}::bigint[], ${data}::text[]))
    SELECT pg_notify(${RUN_EVENTS_CHANNEL}, p) FROM unnest(${payloads}::text[]) AS p`;
}

const waitingByDb = new WeakMap<PgDb, Waiting[]>();
/** Counts for tests: group statements sent. */
export const groupStats = { statements: 0 };

/**
 * Group commit of streaming batches: the runs executing here write on the same tick
 * (process-tick.ts), so their batches are gathered until the tick's work is done and sent as
 * ONE statement — one round trip, one commit and one wake-up of a Postgres backend per tick
 * instead of one per run (on a busy machine each wake-up waits for a core). If the group
 * fails, each batch is tried alone, so one run's bad batch never fails the others.
 */
export function insertGrouped(db: PgDb, input: ProgressBatch): Promise<void> {
  return new Promise((resolve, reject) => {
    const waiting = waitingByDb.get(db);
    if (waiting) {
      waiting.push({ input, resolve, reject });
      return;
    }
    waitingByDb.set(db, [{ input, resolve, reject }]);
    setImmediate(() => void flush(db));
  });
}

async function flush(db: PgDb): Promise<void> {
  const group = waitingByDb.get(db) ?? [];
  waitingByDb.delete(db);
  try {
    groupStats.statements++;
    await db.execute(insertAndAnnounce(group.map((w) => w.input)));
    for (const w of group) w.resolve();
  } catch (err) {
    if (group.length === 1) return group[0].reject(err);
    await Promise.all(
      group.map((w) => db.execute(insertAndAnnounce([w.input])).then(() => w.resolve(), w.reject)),
    );
  }
}
