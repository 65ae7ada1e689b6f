import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { SEARCH_CAP, type SearchMatch } from '@/lib/schemas';
import { getDb } from '../client';

/**
 * Full-text search over SQLite FTS5 (migration 0010): problems and titles, proofs, findings
 * and the notes under them. The lists call these two functions only, so a Postgres backend
 * (issue 16) can answer them with its own full-text search.
 */

/** The newest `n` rows of one FTS table that match, by rowid: a bounded walk of the index. */
const hits = (table: string, fts: string, n: number) =>
  sql`select rowid from ${sql.raw(table)} where ${sql.raw(table)} match ${fts} order by rowid desc limit ${n}`;

/**
 * The sessions (rowids) whose problem, a proof, a finding or a note matches, from the newest
 * `n` hits of each index: each arm is bounded, whatever the number of matches.
 */
const matchedSessions = (fts: string, n: number) => sql`
    select h.rowid as sid from (${hits('sessions_fts', fts, n)}) h
    union select sp.rowid from (${hits('rounds_fts', fts, n)}) h
      join rounds rp on rp.rowid = h.rowid join sessions sp on sp.id = rp.session_id
    union select sf.rowid from (${hits('findings_fts', fts, n)}) h
      join findings ff on ff.rowid = h.rowid join rounds rf on rf.id = ff.round_id
      join sessions sf on sf.id = rf.session_id
    union select sn.rowid from (${hits('replies_fts', fts, n)}) h
      join finding_replies n on n.rowid = h.rowid join findings fn on fn.id = n.finding_id
      join rounds rn on rn.id = fn.round_id join sessions sn on sn.id = rn.session_id`;

/**
 * A filter on sessions (alias `s`): the session is among the SEARCH_CAP most recent ones
 * whose problem, a proof, a finding or a note matches. Bounded, so a common word costs about
 * what a rare one does; `searchCapped` says when more sessions match than are reached.
 */
export function sessionsMatching(fts: string): SQL {
  return sql`s.rowid in (select sid from (${matchedSessions(fts, SEARCH_CAP)})
    order by sid desc limit ${SEARCH_CAP})`;
}

/** Whether more sessions match than `sessionsMatching` reaches (the list's total is then capped). */
export async function searchCapped(fts: string): Promise<boolean> {
  const over = (table: string) =>
    sql`(select count(*) from (${hits(table, fts, SEARCH_CAP + 1)})) > ${SEARCH_CAP}`;
  const row = getDb().get<{ capped: number }>(
    sql`select ${sql.join(
      ['sessions_fts', 'rounds_fts', 'findings_fts', 'replies_fts'].map(over),
      sql` or `,
    )} or (select count(*) from (${matchedSessions(fts, SEARCH_CAP)})) > ${SEARCH_CAP} as capped`,
  );
  return Boolean(row?.capped);
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

/** Where one kind of match is looked for: the FTS table, its rows' table (aliased) and joins. */
type Kind = {
  kind: SearchMatch['kind'];
  table: string;
  /** The rowid of the indexed row, in `from`. */
  row: string;
  from: string;
  columns: string;
  snippet: SQL;
  order: string;
};

const KINDS: Kind[] = [
  {
    kind: 'problem',
    table: 'sessions_fts',
    row: 's.rowid',
    from: 'sessions s',
    columns: 's.id as session_id, null as round_idx, null as finding_id',
    snippet: snip('sessions_fts', -1),
    order: 's.rowid',
  },
  {
    kind: 'proof',
    table: 'rounds_fts',
    row: 'r.rowid',
    from: 'sessions s join rounds r on r.session_id = s.id',
    columns: 's.id as session_id, r.idx as round_idx, null as finding_id',
    snippet: snip('rounds_fts', 0),
    order: 'r.idx desc',
  },
  {
    kind: 'finding',
    table: 'findings_fts',
    row: 'f.rowid',
    from: 'sessions s join rounds r on r.session_id = s.id join findings f on f.round_id = r.id',
    columns: 's.id as session_id, r.idx as round_idx, f.id as finding_id',
    snippet: snip('findings_fts', -1),
    order: 'r.idx desc, f.position',
  },
  {
    kind: 'note',
    table: 'replies_fts',
    row: 'n.rowid',
    from: `sessions s join rounds r on r.session_id = s.id join findings f on f.round_id = r.id
      join finding_replies n on n.finding_id = f.id`,
    columns: 's.id as session_id, r.idx as round_idx, f.id as finding_id',
    snippet: snip('replies_fts', 0),
    order: 'r.idx desc',
  },
];

/**
 * One kind's matches among some sessions. The index is read only between the lowest and
 * highest rowid of those sessions' rows: a page of recent sessions reads the recent end of
 * the index, not every hit of a common word (tens of thousands at 100k sessions). Asking the
 * index row by row is no better: FTS5 re-reads a prefix query's hits for each row.
 */
function kindHits(k: Kind, fts: string, ids: SQL): Hit[] {
  const db = getDb();
  const from = sql.raw(k.from);
  const row = sql.raw(k.row);
  const range = db.get<{ lo: number | null; hi: number | null }>(
    sql`select min(${row}) as lo, max(${row}) as hi from ${from} where s.id in ${ids}`,
  );
  if (range?.lo == null || range.hi == null) return [];
  const t = sql.raw(k.table);
  return db.all<Hit>(sql`select ${sql.raw(k.columns)}, ${k.snippet} as snippet
    from ${t}, ${from}
    where ${row} = ${t}.rowid and ${t} match ${fts} and ${t}.rowid between ${range.lo} and ${range.hi} and s.id in ${ids}
    order by ${sql.raw(k.order)}`);
}

/**
 * Where each of a page's sessions matched, for its row: the problem or title first, else the
 * latest proof, else a finding, else a note.
 */
export async function matchesFor(
  fts: string,
  sessionIds: string[],
): Promise<Map<string, SearchMatch>> {
  const found = new Map<string, SearchMatch>();
  for (const k of KINDS) {
    const left = sessionIds.filter((id) => !found.has(id));
    if (!left.length) break;
    const ids = sql`(${sql.join(
      left.map((id) => sql`${id}`),
      sql`, `,
    )})`;
    for (const h of kindHits(k, fts, ids)) {
      if (found.has(h.session_id)) continue;
      found.set(h.session_id, {
        kind: k.kind,
        snippet: h.snippet,
        roundIndex: h.round_idx,
        findingId: h.finding_id,
      });
    }
  }
  return found;
}
