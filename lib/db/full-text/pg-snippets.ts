import 'server-only';
import { sql } from 'drizzle-orm';
import type { SearchMatch } from '@/lib/schemas';
import type { PgDb } from '../pg/client';
import { firstMatchPerSession, type KindHit } from './first-match';
import { MARK_CLOSE, MARK_OPEN } from './sqlite-search';

/**
 * The Postgres twin of `matchesFor` (./sqlite-search.ts): where each of a page's sessions
 * matched, with the matched words marked as FTS5's `snippet()` marks them, by `ts_headline`
 * over the same text the GIN index holds (pg migration 0001). Only the page's sessions are
 * read, so each kind is a handful of rows whatever the number of matches.
 */
type Kind = {
  kind: SearchMatch['kind'];
  from: string;
  columns: string;
  text: string;
  order: string;
};

const KINDS: Kind[] = [
  {
    kind: 'problem',
    from: 'sessions s',
    columns: 's.id as session_id, null::bigint as round_idx, null::text as finding_id',
    text: `coalesce(s.title, '') || ' ' || s.problem`,
    order: 's.id',
  },
  {
    kind: 'proof',
    from: 'sessions s join rounds r on r.session_id = s.id',
    columns: 's.id as session_id, r.idx as round_idx, null::text as finding_id',
    text: 'r.proof',
    order: 'r.idx desc',
  },
  {
    kind: 'finding',
    from: 'sessions s join rounds r on r.session_id = s.id join findings f on f.round_id = r.id',
    columns: 's.id as session_id, r.idx as round_idx, f.id as finding_id',
    text: `f.quote || ' ' || f.description || ' ' || f.suggestion || ' ' || f.note`,
    order: 'r.idx desc, f.position',
  },
  {
    kind: 'note',
    from: `sessions s join rounds r on r.session_id = s.id join findings f on f.round_id = r.id
      join finding_replies n on n.finding_id = f.id`,
    columns: 's.id as session_id, r.idx as round_idx, f.id as finding_id',
    text: 'n.text',
    order: 'r.idx desc',
  },
];

/** About as long as FTS5's 14-token snippets, one fragment, marked as the UI expects. */
const HEADLINE = `StartSel=${MARK_OPEN}, StopSel=${MARK_CLOSE}, MaxWords=14, MinWords=6, MaxFragments=1, FragmentDelimiter=" … "`;

function kindHits(db: PgDb, k: Kind, tsq: string, ids: string[]) {
  const text = sql.raw(k.text);
  const query = sql`to_tsquery('simple', ${tsq})`;
  return db.execute<KindHit>(sql`select ${sql.raw(k.columns)},
      ts_headline('simple', ${text}, ${query}, ${HEADLINE}) as snippet
    from ${sql.raw(k.from)}
    where s.id = any(${sql.param(ids)}::text[]) and to_tsvector('simple', ${text}) @@ ${query}
    order by ${sql.raw(k.order)}`);
}

/** The problem or title first, else the latest proof, else a finding, else a note. */
export async function matchesForPg(
  db: PgDb,
  tsq: string,
  sessionIds: string[],
): Promise<Map<string, SearchMatch>> {
  return firstMatchPerSession(
    KINDS,
    sessionIds,
    async (k, left) => (await kindHits(db, k, tsq, left)).rows,
  );
}
