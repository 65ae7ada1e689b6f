import 'server-only';
import { sql } from 'drizzle-orm';
import { toFtsQuery } from '../full-text/fts-query';
import { type SessionSearch, searchSessions } from '../full-text/sqlite-search';
import type { Keyset } from '../paging';

/**
 * The lists' `q` as a filter on sessions (alias `s`): full-text, over the problem and title,
 * the proofs, the findings and the notes, among the most recent matches (see
 * `pageInfoSchema`). A query with no word in it matches nothing.
 */
export async function sessionSearch(q: string | undefined): Promise<SessionSearch> {
  if (!q) return { filter: sql`1`, capped: false };
  const fts = toFtsQuery(q);
  return fts ? searchSessions(fts) : { filter: sql`0`, capped: false };
}

/**
 * A list's order when searched: its keys behind a unary `+`, so SQLite reads the (bounded) set
 * of matches and sorts it, instead of walking the whole list's index looking for them.
 */
export function searchOrder(order: Keyset, q: string | undefined): Keyset {
  return q ? { ...order, keys: order.keys.map((k) => sql`+${k}`) } : order;
}
