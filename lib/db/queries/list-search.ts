import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { toFtsQuery } from '../full-text/fts-query';
import { searchCapped, sessionsMatching } from '../full-text/sqlite-search';
import type { Keyset } from '../paging';

/**
 * The lists' `q` as a filter on sessions (alias `s`): full-text, over the problem and title,
 * the proofs, the findings and the notes. A query with no word in it matches nothing.
 */
export function sessionSearchFilter(q: string | undefined): SQL {
  if (!q) return sql`1`;
  const fts = toFtsQuery(q);
  return fts ? sessionsMatching(fts) : sql`0`;
}

/** Whether a list's search reaches fewer sessions than match (see `pageInfoSchema`). */
export async function searchTotalCapped(q: string | undefined): Promise<boolean> {
  const fts = q ? toFtsQuery(q) : null;
  return fts ? searchCapped(fts) : false;
}

/**
 * A list's order when searched: its keys behind a unary `+`, so SQLite reads the (bounded) set
 * of matches and sorts it, instead of walking the whole list's index looking for them.
 */
export function searchOrder(order: Keyset, q: string | undefined): Keyset {
  return q ? { ...order, keys: order.keys.map((k) => sql`+${k}`) } : order;
}
