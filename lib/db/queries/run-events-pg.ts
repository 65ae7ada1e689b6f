import 'server-only';
import { eq, type SQL, sql } from 'drizzle-orm';
import { ambientTransaction } from '../ambient';
import type { PgDb } from '../pg/client';
import { RUN_EVENTS_CHANNEL, runEventsPayload } from '../pg/run-channels';
import { pgTablesAsSqlite as t } from '../pg/tables';
import { pgTransaction } from '../pg/transaction';
import { checkWriteFault } from '../write-fault';
import type { ProgressBatch } from './run-events-types';

/**
 * The insert of a batch's events, announced on RUN_EVENTS_CHANNEL: all events in ONE insert
 * of three array parameters unnested into rows (the same SQL text for any batch size:
 * nothing is built value by value), and the NOTIFY in the same statement. Postgres delivers
 * a NOTIFY at commit only, so a listener never hears of rows it cannot read yet.
 */
function insertAndAnnounce(input: ProgressBatch): SQL {
  const runIds = sql.param(input.events.map(() => input.runId));
  const seqs = sql.param(input.events.map((e) => e.seq));
  const data = sql.param(input.events.map((e) => JSON.stringify(e.event)));
  const payload = runEventsPayload(input.runId, input.events[input.events.length - 1].seq);
  return sql`WITH inserted AS (INSERT INTO run_events (run_id, seq, data)
      SELECT * FROM unnest(${runIds}::text[], ${seqs}::bigint[], ${data}::text[]))
    SELECT pg_notify(${RUN_EVENTS_CHANNEL}, ${payload})`;
}

/**
 * The event log's Postgres batch. While a run streams, a batch is only events (every 50 ms,
 * persist-policy.ts): one statement, atomic by itself, so one round trip instead of a
 * transaction's five. At a status change the row's changes go with the events in one
 * transaction.
 */
export async function persistRunProgressPg(
  db: PgDb,
  input: ProgressBatch,
  row: Record<string, unknown>,
): Promise<void> {
  const changesRow = Object.keys(row).length > 0;
  if (!changesRow && !input.events.length) return;
  if (!changesRow && !ambientTransaction()) {
    checkWriteFault('run progress');
    await db.execute(insertAndAnnounce(input));
    return;
  }
  await pgTransaction(db, 'run progress', async (tx) => {
    if (input.events.length) await (tx as unknown as PgDb).execute(insertAndAnnounce(input));
    if (changesRow) await tx.update(t.runs).set(row).where(eq(t.runs.id, input.runId));
  });
}
