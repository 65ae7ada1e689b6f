import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { toFtsQuery } from '../full-text/fts-query';
import { sessionsMatching } from '../full-text/sqlite-search';

/**
 * The lists' `q` as a filter on sessions (alias `s`): full-text, over the problem and title,
 * the proofs, the findings and the notes. A query with no word in it matches nothing.
 */
export function sessionSearchFilter(q: string | undefined): SQL {
  if (!q) return sql`1`;
  const fts = toFtsQuery(q);
  return fts ? sessionsMatching(fts) : sql`0`;
}
