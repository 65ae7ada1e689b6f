import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { SEARCH_CAP, type SearchMatch } from '@/lib/schemas';
import { getDb } from '../client';
import { firstMatchPerSession, type KindHit } from './first-match';

/**
 * Full-text search over SQLite FTS5 (migration 0010): problems and titles, proofs, findings
 * and the notes under them. The lists call these two functions only, so a Postgres backend
 * (issue 16) can answer them with its own full-text search.
 */

/** The newest `n` rows of one FTS table that match, by rowid: a bounded walk of the index. */
const hits = (table: string, fts: string, n: number) =>
  sql`select rowid from ${sql.raw(table)} where ${sql.raw(table)} match ${fts} order by rowid desc limit ${n}`;

/**
 * Per index, the sessions (rowids) of its newest `n` hits: the session's problem or title, a
 * proof, a finding, a note. Each arm is bounded, whatever the number of matches.
 */
const ARMS: ((fts: string, n: number) => SQL)[] = [
  (fts, n) => sql`select h.rowid as sid from (${hits('sessions_fts', fts, n)}) h`,
  (fts, n) => sql`select sp.rowid as sid from (${hits('rounds_fts', fts, n)}) h
      join rounds rp on rp.rowid = h.rowid join sessions sp on sp.id = rp.session_id`,
  (fts, n) => sql`select sf.rowid as sid from (${hits('findings_fts', fts, n)}) h
      join findings ff on ff.rowid = h.rowid join rounds rf on rf.id = ff.round_id
      join sessions sf on sf.id = rf.session_id`,
  (fts, n) => sql`select sn.rowid as sid from (${hits('replies_fts', fts, n)}) h
      join finding_replies n on n.rowid = h.rowid join findings fn on fn.id = n.finding_id
      join rounds rn on rn.id = fn.round_id join sessions sn on sn.id = rn.session_id`,
];

/** A searched list's filter on sessions (alias `s`), and whether more sessions match than it reaches. */
export type SessionSearch = { filter: SQL; capped: boolean };

/**
 * The SEARCH_CAP most recent sessions whose problem, a proof, a finding or a note matches,
 * read once per request (the page and its count then filter on that list): a common word
 * costs about what a rare one does. `capped` when an index had more hits than were read, or
 * more sessions matched than the cap.
 */
export async function searchSessions(fts: string): Promise<SessionSearch> {
  const db = getDb();
  let capped = false;
  const found = new Set<number>();
  for (const arm of ARMS) {
    const rows = db.all<{ sid: number }>(arm(fts, SEARCH_CAP + 1));
    if (rows.length > SEARCH_CAP) capped = true;
    for (const r of rows) found.add(r.sid);
  }
  if (found.size > SEARCH_CAP) capped = true;
  const rowids = [...found].sort((a, b) => b - a).slice(0, SEARCH_CAP);
  return {
    filter: sql`s.rowid in (select value from json_each(${JSON.stringify(rowids)}))`,
    capped,
  };
}

/** Marks around the matched words in a snippet (the UI highlights between them). */
export const MARK_OPEN = '\u0002';
export const MARK_CLOSE = '\u0003';
const snip = (table: string, column: number) =>
  sql.raw(`snippet(${table}, ${column}, char(2), char(3), '…', 14)`);

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
function kindHits(k: Kind, fts: string, ids: SQL): KindHit[] {
  const db = getDb();
  const from = sql.raw(k.from);
  const row = sql.raw(k.row);
  const range = db.get<{ lo: number | null; hi: number | null }>(
    sql`select min(${row}) as lo, max(${row}) as hi from ${from} where s.id in ${ids}`,
  );
  if (range?.lo == null || range.hi == null) return [];
  const t = sql.raw(k.table);
  return db.all<KindHit>(sql`select ${sql.raw(k.columns)}, ${k.snippet} as snippet
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
  return firstMatchPerSession(KINDS, sessionIds, (k, left) =>
    kindHits(
      k,
      fts,
      sql`(${sql.join(
        left.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    ),
  );
}
