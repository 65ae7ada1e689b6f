import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { PgDb } from '../pg/client';
import { RUN_EVENTS_CHANNEL, runEventsPayload } from '../pg/run-channels';
import { pgTablesAsSqlite as t } from '../pg/tables';
import { pgTransaction } from '../pg/transaction';
import type { ProgressBatch } from './run-events-types';

/**
 * The event log's Postgres batch: all of a batch's events in ONE insert of three array
 * parameters unnested into rows (one round trip, and the same SQL text for any batch size:
 * nothing is built value by value), and the row's changes in the same transaction. The
 * batch is announced on RUN_EVENTS_CHANNEL in the same transaction: Postgres delivers a
 * NOTIFY at commit only, so a listener never hears of rows it cannot read yet.
 */
export async function persistRunProgressPg(
  db: PgDb,
  input: ProgressBatch,
  row: Record<string, unknown>,
): Promise<void> {
  await pgTransaction(db, 'run progress', async (tx) => {
    if (input.events.length) {
      const runIds = sql.param(input.events.map(() => input.runId));
      const seqs = sql.param(input.events.map((e) => e.seq));
      const data = sql.param(input.events.map((e) => JSON.stringify(e.event)));
      await (tx as unknown as PgDb).execute(sql`INSERT INTO run_events (run_id, seq, data)
        SELECT * FROM unnest(${runIds}::text[], ${seqs}::bigint[], ${data}::text[])`);
      const payload = runEventsPayload(input.runId, input.events[input.events.length - 1].seq);
      await (tx as unknown as PgDb).execute(
        sql`SELECT pg_notify(${RUN_EVENTS_CHANNEL}, ${payload})`,
      );
    }
    if (Object.keys(row).length) {
      await tx.update(t.runs).set(row).where(eq(t.runs.id, input.runId));
    }
  });
}
