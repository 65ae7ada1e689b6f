import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import type { SearchMatch } from '@/lib/schemas';
import { getDb } from '../client';

/**
 * Full-text search over SQLite FTS5 (migration 0010): problems and titles, proofs, findings
 * and the notes under them. The lists call these two functions only, so a Postgres backend
 * (issue 16) can answer them with its own full-text search.
 */

/** A filter on sessions (alias `s`): the session's problem, a proof, a finding or a note matches. */
export function sessionsMatching(fts: string): SQL {
  return sql`s.rowid in (
    select rowid from sessions_fts where sessions_fts match ${fts}
    union select sp.rowid from rounds_fts
      join rounds rp on rp.rowid = rounds_fts.rowid join sessions sp on sp.id = rp.session_id
      where rounds_fts match ${fts}
    union select sf.rowid from findings_fts
      join findings ff on ff.rowid = findings_fts.rowid join rounds rf on rf.id = ff.round_id
      join sessions sf on sf.id = rf.session_id
      where findings_fts match ${fts}
    union select sn.rowid from replies_fts
      join finding_replies n on n.rowid = replies_fts.rowid join findings fn on fn.id = n.finding_id
      join rounds rn on rn.id = fn.round_id join sessions sn on sn.id = rn.session_id
      where replies_fts match ${fts})`;
}

/** Marks around the matched words in a snippet (the UI highlights between them). */
export const MARK_OPEN = '\u0002';
export const MARK_CLOSE = '\u0003';
const snip = (table: string, column: number) =>
  sql.raw(`snippet(${table}, ${column}, char(2), char(3), '…', 14)`);

type Hit = {
  session_id: string;
  round_idx: number | null;
  finding_id: string | null;
  snippet: string;
};

/**
 * Where each of a page's sessions matched, for its row: the problem or title first, else the
 * latest proof, else a finding, else a note. Bounded by the page: every look-up is by session.
 */
export async function matchesFor(
  fts: string,
  sessionIds: string[],
): Promise<Map<string, SearchMatch>> {
  const db = getDb();
  const found = new Map<string, SearchMatch>();
  const kinds: [SearchMatch['kind'], (ids: SQL) => SQL][] = [
    [
      'problem',
      (ids) => sql`select s.id as session_id, null as round_idx, null as finding_id,
        ${snip('sessions_fts', -1)} as snippet
      from sessions s join sessions_fts on sessions_fts.rowid = s.rowid
      where s.id in ${ids} and sessions_fts match ${fts}`,
    ],
    [
      'proof',
      (ids) => sql`select r.session_id, r.idx as round_idx, null as finding_id,
        ${snip('rounds_fts', 0)} as snippet
      from rounds r join rounds_fts on rounds_fts.rowid = r.rowid
      where r.session_id in ${ids} and rounds_fts match ${fts} order by r.idx desc`,
    ],
    [
      'finding',
      (ids) => sql`select r.session_id, r.idx as round_idx, f.id as finding_id,
        ${snip('findings_fts', -1)} as snippet
      from rounds r join findings f on f.round_id = r.id join findings_fts on findings_fts.rowid = f.rowid
      where r.session_id in ${ids} and findings_fts match ${fts} order by r.idx desc, f.position`,
    ],
    [
      'note',
      (ids) => sql`select r.session_id, r.idx as round_idx, f.id as finding_id,
        ${snip('replies_fts', 0)} as snippet
      from rounds r join findings f on f.round_id = r.id join finding_replies n on n.finding_id = f.id
        join replies_fts on replies_fts.rowid = n.rowid
      where r.session_id in ${ids} and replies_fts match ${fts} order by r.idx desc`,
    ],
  ];
  for (const [kind, query] of kinds) {
    const left = sessionIds.filter((id) => !found.has(id));
    if (!left.length) break;
    const ids = sql`(${sql.join(
      left.map((id) => sql`${id}`),
      sql`, `,
    )})`;
    for (const h of db.all<Hit>(query(ids))) {
      if (found.has(h.session_id)) continue;
      found.set(h.session_id, {
        kind,
        snippet: h.snippet,
        roundIndex: h.round_idx,
        findingId: h.finding_id,
      });
    }
  }
  return found;
}
