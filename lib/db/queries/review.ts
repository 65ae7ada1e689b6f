import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import type { ReviewItem, ReviewQuery, ReviewQueue } from '@/lib/schemas';
import { reviewQuerySchema } from '@/lib/schemas';
import { conn } from '../conn';
import { countOf, rowKey, selectRows } from '../list-sql';
import { afterCursor, orderByKeyset, pageOf, sortKeysColumn } from '../paging';
import { searchOrder, sessionSearch } from './list-search';
import { deriveTitle } from './sessions';

/** Remembers which web import created a session, and from which line of the file. */
export async function recordImportedSession(input: {
  sessionId: string;
  batchId: string;
  line: number;
  externalId: string;
}): Promise<void> {
  const { db, t } = await conn();
  await db.insert(t.importedSessions).values({ ...input, createdAt: Date.now() });
}

type Row = {
  rid: number | string;
  sort_keys: string;
  id: string;
  title: string | null;
  problem: string;
  created_at: number;
  batch_id: string | null;
  external_id: string | null;
  score: number | null;
  findings: number;
  unresolved: number;
  auto_points: number | null;
  human_points: number | null;
  human_max_points: number | null;
};

const SCORE: Record<ReviewQuery['score'], SQL> = {
  any: sql`true`,
  pass: sql`l.score >= 1`,
  partial: sql`l.score > 0 and l.score < 1`,
  fail: sql`l.score <= 0`,
  below1: sql`l.score < 1`,
  unscored: sql`l.score is null`,
};

// The session's latest round, as a left join on a look-up by the session: the walk stays on
// the sessions index (in import order) and each row finds its round through rounds_session_idx.
const FROM = sql`from sessions s
    left join rounds l on l.id = (select r.id from rounds r where r.session_id = s.id
      order by r.idx desc limit 1)
    left join imported_sessions i on i.session_id = s.id`;

function whereOf(q: ReviewQuery, searched: SQL): SQL {
  return sql.join(
    [
      // Kept by triggers (migration 0013): a walk and count of a partial index.
      sql`s.imported = 1`,
      q.batch ? sql`i.batch_id = ${q.batch}` : sql`true`,
      searched,
      SCORE[q.score],
      q.unresolved
        ? sql`exists (select 1 from findings f where f.round_id = l.id and f.decision = 'pending')`
        : sql`true`,
    ],
    sql` and `,
  );
}

/**
 * The review queue, one page: every session that began with an imported proof (from the web
 * UI or the command line), in import order (sessions are inserted in line order, so their
 * rowid breaks ties within a batch; Postgres has no rowid, so there the line is a sort key),
 * with its latest round's score and how many of that round's findings nobody has decided on yet.
 */
export async function listReviewItems(input: Partial<ReviewQuery>): Promise<ReviewQueue> {
  const q = reviewQuerySchema.parse(input);
  const c = await conn();
  const rid = rowKey(c.backend, 's');
  const keys =
    c.backend === 'sqlite' ? [sql`s.created_at`] : [sql`s.created_at`, sql`coalesce(i.line, 0)`];
  const order = searchOrder({ keys, rowid: rid, dir: q.order ?? 'asc' }, q.q, c.backend);
  const search = await sessionSearch(q.q);
  const where = whereOf(q, search.filter);
  const found = await selectRows<Row>(
    c,
    sql`
    select ${rid} as rid, ${sortKeysColumn(order, c.backend)}, s.id, s.title, s.problem, s.created_at,
      i.batch_id, i.external_id, l.score,
      (select count(*) from findings f where f.round_id = l.id) as findings,
      (select count(*) from findings f where f.round_id = l.id and f.decision = 'pending') as unresolved,
      (select g.points from grades g where g.session_id = s.id and g.kind = 'auto') as auto_points,
      (select g.points from grades g where g.session_id = s.id and g.kind = 'human') as human_points,
      (select g.max_points from grades g where g.session_id = s.id and g.kind = 'human') as human_max_points
    ${FROM}
    where ${where} and ${afterCursor(order, q.cursor)}
    order by ${orderByKeyset(order)} limit ${q.limit + 1}`,
  );
  const { rows, nextCursor } = pageOf(found, q.limit);
  // Without a filter on the latest round or the batch, the count is one of an index alone.
  const countFrom =
    q.score === 'any' && !q.unresolved
      ? q.batch
        ? sql`from sessions s left join imported_sessions i on i.session_id = s.id`
        : sql`from sessions s`
      : FROM;
  const total = await countOf(c, sql`select count(*) as n ${countFrom} where ${where}`);
  return { items: rows.map(toItem), nextCursor, total, totalCapped: search.capped };
}

function toItem(r: Row): ReviewItem {
  return {
    sessionId: r.id,
    title: deriveTitle(r.problem, r.title),
    externalId: r.external_id ?? '',
    batchId: r.batch_id,
    score: r.score,
    findings: r.findings,
    unresolved: r.unresolved,
    autoPoints: r.auto_points,
    humanPoints: r.human_points,
    humanMaxPoints: r.human_max_points,
    createdAt: r.created_at,
  };
}
