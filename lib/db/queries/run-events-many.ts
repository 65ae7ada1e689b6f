import 'server-only';
import { sql } from 'drizzle-orm';
import { selectedBackend } from '../backend';
import { getStreamPg } from '../pg/handle';
import { listRunEventRowsSqlite } from './run-events-sqlite';
import type { StoredEventRow } from './run-events-types';

export type EventCursor = { runId: string; afterSeq: number };

/**
 * The stored events of several runs, each after its own seq, in ONE query on Postgres (the
 * cursors unnested and joined to the log's primary key): an instance following twenty runs
 * executing elsewhere reads them together once per wake-up rather than once per run and
 * notification, through the streaming path's own pool. SQLite asks its prepared statement
 * per run.
 */
export async function listRunEventRowsOfMany(
  cursors: readonly EventCursor[],
): Promise<Map<string, StoredEventRow[]>> {
  const out = new Map<string, StoredEventRow[]>(cursors.map((c) => [c.runId, []]));
  if (!cursors.length) return out;
  const backend = selectedBackend();
  if (backend.kind === 'sqlite') {
    for (const c of cursors) out.set(c.runId, listRunEventRowsSqlite(c.runId, c.afterSeq));
    return out;
  }
  const db = await getStreamPg(backend.url);
  const ids = sql.param(cursors.map((c) => c.runId));
  const after = sql.param(cursors.map((c) => c.afterSeq));
  const result = await db.execute<{ run_id: string; seq: number; data: string }>(sql`
    SELECT e.run_id, e.seq, e.data
    FROM unnest(${ids}::text[], ${after}::bigint[]) AS c(run_id, after_seq)
    JOIN run_events e ON e.run_id = c.run_id AND e.seq > c.after_seq
    ORDER BY e.run_id, e.seq`);
  for (const r of result.rows) out.get(r.run_id)?.push({ seq: Number(r.seq), data: r.data });
  return out;
}
