import 'server-only';
import { sql } from 'drizzle-orm';
import type { SearchMatch } from '@/lib/schemas';
import { conn } from '../conn';
import { toFtsQuery, toTsQuery } from '../full-text/fts-query';
import { searchSessionIdsPg } from '../full-text/pg-search';
import { matchesForPg } from '../full-text/pg-snippets';
import { matchesFor, type SessionSearch, searchSessions } from '../full-text/sqlite-search';
import type { Keyset } from '../paging';
import type { PgDb } from '../pg/client';

const NONE: SessionSearch = { filter: sql`false`, capped: false };

/**
 * The lists' `q` as a filter on sessions (alias `s`): full-text, over the problem and title,
 * the proofs, the findings and the notes, among the most recent matches (see
 * `pageInfoSchema`). A query with no word in it matches nothing. SQLite answers from its
 * FTS5 tables, Postgres from its GIN indexes (`searchSessionIdsPg`).
 */
export async function sessionSearch(q: string | undefined): Promise<SessionSearch> {
  if (!q) return { filter: sql`true`, capped: false };
  const { db, backend } = await conn();
  if (backend === 'sqlite') {
    const fts = toFtsQuery(q);
    return fts ? searchSessions(fts) : NONE;
  }
  const tsq = toTsQuery(q);
  if (!tsq) return NONE;
  const { ids, capped } = await searchSessionIdsPg(db as unknown as PgDb, tsq);
  if (!ids.length) return { ...NONE, capped };
  const list = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  return { filter: sql`s.id in (${list})`, capped };
}

/**
 * A list's order when searched: on SQLite its keys behind a unary `+`, so SQLite reads the
 * (bounded) set of matches and sorts it, instead of walking the whole list's index looking
 * for them. Postgres plans that itself (and has no unary `+` on text).
 */
export function searchOrder(
  order: Keyset,
  q: string | undefined,
  backend: 'sqlite' | 'postgres' = 'sqlite',
): Keyset {
  return q && backend === 'sqlite' ? { ...order, keys: order.keys.map((k) => sql`+${k}`) } : order;
}

/**
 * Where each of a page's sessions matched `q`, with the matched words marked: FTS5's
 * `snippet()` on SQLite, `ts_headline` on Postgres. Empty when `q` has no word.
 */
export async function searchMatches(
  q: string,
  sessionIds: string[],
): Promise<Map<string, SearchMatch>> {
  const { db, backend } = await conn();
  if (backend === 'sqlite') {
    const fts = toFtsQuery(q);
    return fts ? matchesFor(fts, sessionIds) : new Map();
  }
  const tsq = toTsQuery(q);
  return tsq ? matchesForPg(db as unknown as PgDb, tsq, sessionIds) : new Map();
}
