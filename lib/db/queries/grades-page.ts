import 'server-only';
import { inArray, type SQL, sql } from 'drizzle-orm';
import type { GradeAwards, GradesQuery, PageInfo } from '@/lib/schemas';
import { gradesQuerySchema } from '@/lib/schemas';
import { conn } from '../conn';
import { countOf, rowKey, selectRows } from '../list-sql';
import { afterCursor, orderByKeyset, pageOf, sortKeysColumn } from '../paging';
import type { GradedSession, GradeKind } from './grades';
import { searchOrder, sessionSearch } from './list-search';
import { deriveTitle } from './sessions';

type Row = {
  rid: number | string;
  sort_keys: string;
  id: string;
  title: string | null;
  problem: string;
  problem_id: string | null;
  source: string;
  problem_key: string | null;
};

function whereOf(q: GradesQuery, searched: SQL): SQL {
  return sql.join(
    [
      // Kept by triggers (migration 0013): a walk and count of a partial index.
      sql`s.grade_count > 0`,
      q.batch
        ? sql`exists (select 1 from imported_sessions i where i.session_id = s.id and i.batch_id = ${q.batch})`
        : sql`true`,
      searched,
    ],
    sql` and `,
  );
}

/**
 * One page of the graded sessions, oldest first (the order a set was graded in): walks the
 * sessions by creation, then reads the grades of that page's sessions only.
 */
export async function pageGradedSessions(
  input: Partial<GradesQuery>,
): Promise<{ sessions: GradedSession[] } & PageInfo> {
  const q = gradesQuerySchema.parse(input);
  const c = await conn();
  const { db, t } = c;
  const rid = rowKey(c.backend, 's');
  const order = searchOrder(
    { keys: [sql`s.created_at`], rowid: rid, dir: q.order ?? 'asc' },
    q.q,
    c.backend,
  );
  const search = await sessionSearch(q.q);
  const where = whereOf(q, search.filter);
  const found = await selectRows<Row>(
    c,
    sql`
    select ${rid} as rid, ${sortKeysColumn(order, c.backend)}, s.id, s.title, s.problem,
      sr.problem_id, coalesce(sr.source, '') as source, p.key as problem_key
    from sessions s
    left join session_references sr on sr.session_id = s.id
    left join problems p on p.id = sr.problem_id
    where ${where} and ${afterCursor(order, q.cursor)}
    order by ${orderByKeyset(order)} limit ${q.limit + 1}`,
  );
  const { rows, nextCursor } = pageOf(found, q.limit);
  const ids = rows.map((r) => r.id);
  const gradeRows = ids.length
    ? await db.select().from(t.grades).where(inArray(t.grades.sessionId, ids))
    : [];
  const sessions = rows.map((r): GradedSession => {
    const entry: GradedSession = {
      sessionId: r.id,
      title: deriveTitle(r.problem, r.title),
      problemKey: r.problem_key,
      problemId: r.problem_id,
      source: r.source,
      auto: null,
      human: null,
    };
    for (const g of gradeRows.filter((g) => g.sessionId === r.id)) {
      entry[g.kind as GradeKind] = {
        points: g.points,
        maxPoints: g.maxPoints,
        text: g.text,
        awards: (g.awards as GradeAwards | null) ?? null,
      };
    }
    return entry;
  });
  const total = await countOf(c, sql`select count(*) as n from sessions s where ${where}`);
  return { sessions, nextCursor, total, totalCapped: search.capped };
}
