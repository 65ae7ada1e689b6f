import 'server-only';
import { sql } from 'drizzle-orm';
import type { ReviewItem, ReviewQuery } from '@/lib/schemas';
import { getDb } from '../client';
import { importedSessions } from '../schema';
import { deriveTitle } from './sessions';

/** Remembers which web import created a session, and from which line of the file. */
export async function recordImportedSession(input: {
  sessionId: string;
  batchId: string;
  line: number;
  externalId: string;
}): Promise<void> {
  getDb()
    .insert(importedSessions)
    .values({ ...input, createdAt: Date.now() })
    .run();
}

type Row = {
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

function scoreMatches(score: number | null, filter: ReviewQuery['score']): boolean {
  switch (filter) {
    case 'pass':
      return score !== null && score >= 1;
    case 'partial':
      return score !== null && score > 0 && score < 1;
    case 'fail':
      return score !== null && score <= 0;
    case 'below1':
      return score !== null && score < 1;
    case 'unscored':
      return score === null;
    default:
      return true;
  }
}

/**
 * The review queue: every session that began with an imported proof (from the web UI or
 * the command line), in import order, with its latest round's score and how many of that
 * round's findings nobody has decided on yet.
 */
export async function listReviewItems(q: ReviewQuery): Promise<ReviewItem[]> {
  const batch = q.batch ? sql`and i.batch_id = ${q.batch}` : sql``;
  const rows = getDb().all<Row>(sql`
    with latest as (
      select r.session_id, r.id as round_id, r.score
      from rounds r
      where r.idx = (select max(r2.idx) from rounds r2 where r2.session_id = r.session_id)
    )
    select s.id, s.title, s.problem, s.created_at, i.batch_id, i.external_id, l.score,
      (select count(*) from findings f where f.round_id = l.round_id) as findings,
      (select count(*) from findings f where f.round_id = l.round_id and f.decision = 'pending') as unresolved,
      (select g.points from grades g where g.session_id = s.id and g.kind = 'auto') as auto_points,
      (select g.points from grades g where g.session_id = s.id and g.kind = 'human') as human_points,
      (select g.max_points from grades g where g.session_id = s.id and g.kind = 'human') as human_max_points
    from sessions s
    join latest l on l.session_id = s.id
    left join imported_sessions i on i.session_id = s.id
    where exists (select 1 from rounds r where r.session_id = s.id and r.idx = 1 and r.origin = 'import')
    ${batch}
    order by s.created_at, coalesce(i.line, 0), s.id
  `);
  return rows
    .filter((r) => scoreMatches(r.score, q.score) && (!q.unresolved || r.unresolved > 0))
    .map((r) => ({
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
    }));
}
