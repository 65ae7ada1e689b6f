import 'server-only';
import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { getDb } from '../client';
import { runs } from '../schema';
import { checkWriteFault } from '../write-fault';
import { countEventRows } from './data-generation-sqlite';
import type { ProgressBatch, StoredEventRow } from './run-events-types';

/**
 * The event log's SQLite fast path, kept apart from the one query API on purpose: one
 * prepared INSERT per connection for event rows, run inside the batch's synchronous
 * transaction. drizzle would build the SQL of a many-row insert value by value every second
 * for every run, a visible share of the app's CPU per streamed token.
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

export function persistRunProgressSqlite(input: ProgressBatch, row: Record<string, unknown>) {
  const db = getDb();
  db.transaction((tx) => {
    checkWriteFault('run progress');
    if (input.events.length) {
      const insert = insertEventStatement(db);
      let rows = 0;
      try {
        for (const e of input.events)
          rows += insert.run(input.runId, e.seq, JSON.stringify(e.event)).changes;
      } finally {
        // Event rows are in no session's JSON: they must not move the data generation.
        countEventRows(db.$client, rows);
      }
    }
    if (!Object.keys(row).length) return;
    tx.update(runs).set(row).where(eq(runs.id, input.runId)).run();
  });
}

const selectEventRows = new WeakMap<object, Database.Statement<[string, number], StoredEventRow>>();

/**
 * A run's events after `afterSeq`, as stored, for a replay that sends them on as they are
 * (SSE frames need the JSON text, not the object): no parse, no re-stringify, no per-row
 * mapping, one prepared statement per connection. Readers of finished runs replay whole
 * logs of thousands of events, many times a minute. `listRunEventRows` (./runs.ts) picks it
 * on SQLite.
 */
export function listRunEventRowsSqlite(runId: string, afterSeq: number): StoredEventRow[] {
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
