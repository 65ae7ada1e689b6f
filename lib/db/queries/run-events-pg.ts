import 'server-only';
import { eq } from 'drizzle-orm';
import { ambientTransaction } from '../ambient';
import type { PgDb } from '../pg/client';
import { getPg, getStreamPg } from '../pg/handle';
import { pgTablesAsSqlite as t } from '../pg/tables';
import { pgTransaction } from '../pg/transaction';
import { checkWriteFault } from '../write-fault';
import { insertAndAnnounce, insertGrouped } from './run-events-pg-group';
import type { ProgressBatch } from './run-events-types';

/**
 * The event log's Postgres batch. While a run streams, a batch is only events (every 50 ms,
 * persist-policy.ts): one statement, atomic by itself, shared with the other runs writing
 * on the same tick (run-events-pg-group.ts), through the streaming path's own pool. At a
 * status change the row's changes go with the events in one transaction.
 */
export async function persistRunProgressPg(
  url: string,
  input: ProgressBatch,
  row: Record<string, unknown>,
): Promise<void> {
  const changesRow = Object.keys(row).length > 0;
  if (!changesRow && !input.events.length) return;
  if (!changesRow && !ambientTransaction()) {
    checkWriteFault('run progress');
    return insertGrouped(await getStreamPg(url), input);
  }
  const db = await getPg(url);
  await pgTransaction(db, 'run progress', async (tx) => {
    if (input.events.length) await (tx as unknown as PgDb).execute(insertAndAnnounce([input]));
    if (changesRow) await tx.update(t.runs).set(row).where(eq(t.runs.id, input.runId));
  });
}
