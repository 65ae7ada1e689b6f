import 'server-only';
import type Database from 'better-sqlite3';
import { getDb } from '../client';

/**
 * What changed in the SQLite file, as two counters: `data_version` moves when another
 * connection commits (an import worker, `proofdesk import`), `total_changes()` counts every
 * row this connection inserted, updated or deleted, triggers included. Together they move on
 * every write, whatever code issued it, so nothing has to remember to invalidate.
 *
 * Rows the event log's fast path appends are subtracted: a streaming run writes its events
 * every second, and they are in no session's JSON (a run's status, usage and text reach its
 * row only at status changes, which are counted).
 */
type Counters = {
  read: Database.Statement<[], { v: number; c: number }>;
  eventRows: number;
};
const counters = new WeakMap<object, Counters>();

function countersOf(client: Database.Database): Counters {
  let c = counters.get(client);
  if (!c) {
    c = {
      read: client.prepare(
        'SELECT (SELECT data_version FROM pragma_data_version) AS v, total_changes() AS c',
      ),
      eventRows: 0,
    };
    counters.set(client, c);
  }
  return c;
}

/** Called by the event log's fast path with the rows it inserted. */
export function countEventRows(client: Database.Database, rows: number): void {
  countersOf(client).eventRows += rows;
}

/**
 * The file's generation, or null inside an open transaction: what a statement sees there
 * may still be rolled back, while the counters would not move back with it.
 */
export function sqliteDataGeneration(): string | null {
  const client = getDb().$client;
  if (client.inTransaction) return null;
  const c = countersOf(client);
  const { v, c: changes } = c.read.get() as { v: number; c: number };
  return `${v}.${changes - c.eventRows}`;
}
