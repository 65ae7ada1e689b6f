import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { SEARCH_CAP } from '@/lib/schemas';
import type { PgDb } from '../pg/client';

/**
 * The Postgres twin of `searchSessions` (./sqlite-search.ts): the same four indexes, as GIN
 * indexes over `to_tsvector('simple', …)` (pg migration 0001). Each arm repeats its index's
 * expression exactly, or Postgres could not use the index. `tsq` comes from `toTsQuery`.
 */
const matches = (vector: string, tsq: string) =>
  sql`to_tsvector('simple', ${sql.raw(vector)}) @@ to_tsquery('simple', ${tsq})`;

/** Per index, the sessions of its newest `n` hits: problem or title, proof, finding, note. */
export const PG_SEARCH_ARMS: ((tsq: string, n: number) => SQL)[] = [
  (tsq, n) => sql`select s.id, s.created_at from sessions s
      where ${matches(`coalesce(s.title, '') || ' ' || s.problem`, tsq)}
      order by s.created_at desc limit ${n}`,
  (tsq, n) => sql`select s.id, s.created_at from rounds r join sessions s on s.id = r.session_id
      where ${matches('r.proof', tsq)} order by r.created_at desc limit ${n}`,
  (tsq, n) => sql`select s.id, s.created_at from findings f join rounds r on r.id = f.round_id
      join sessions s on s.id = r.session_id
      where ${matches(`f.quote || ' ' || f.description || ' ' || f.suggestion || ' ' || f.note`, tsq)}
      order by f.created_at desc limit ${n}`,
  (tsq, n) => sql`select s.id, s.created_at from finding_replies n
      join findings f on f.id = n.finding_id join rounds r on r.id = f.round_id
      join sessions s on s.id = r.session_id
      where ${matches('n.text', tsq)} order by n.created_at desc limit ${n}`,
];

/**
 * The SEARCH_CAP most recent matching sessions' ids, newest first, and whether an index had
 * more hits than were read or more sessions matched than the cap.
 */
export async function searchSessionIdsPg(
  db: PgDb,
  tsq: string,
): Promise<{ ids: string[]; capped: boolean }> {
  let capped = false;
  const found = new Map<string, number>();
  for (const arm of PG_SEARCH_ARMS) {
    const { rows } = await db.execute<{ id: string; created_at: number }>(arm(tsq, SEARCH_CAP + 1));
    if (rows.length > SEARCH_CAP) capped = true;
    for (const r of rows) found.set(r.id, Number(r.created_at));
  }
  if (found.size > SEARCH_CAP) capped = true;
  const ids = [...found].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  return { ids: ids.slice(0, SEARCH_CAP), capped };
}
