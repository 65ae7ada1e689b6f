import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { inferEnd, runOutcome } from '@/lib/run-outcome';
import type {
  RunEnd,
  RunProgress,
  RunStatus,
  SessionList,
  SessionListQuery,
  SessionSummary,
} from '@/lib/schemas';
import { sessionListQuerySchema } from '@/lib/schemas';
import { type Db, getDb } from '../client';
import { toFtsQuery } from '../full-text/fts-query';
import { matchesFor } from '../full-text/sqlite-search';
import { afterCursor, type Keyset, orderByKeyset, pageOf, sortKeysColumn } from '../paging';
import { searchOrder, sessionSearch } from './list-search';
import { deriveTitle } from './sessions';

type Row = {
  rid: number;
  sort_keys: string;
  id: string;
  title: string | null;
  problem: string;
  created_at: number;
  activity_at: number;
  round_count: number;
  last_score: number | null;
  last_sample_count: number | null;
  last_run_status: RunStatus | null;
  last_run_kind: string | null;
  last_run_progress: string | null;
};

// Plain SQL with explicit table names: drizzle renders a column of the outer table without
// its table name inside a `sql` subquery, so `r.session_id = ${sessions.id}` became
// `r.session_id = "id"` (the round's own id) and every session listed "0 rounds · last —".
// Rounds, last score and last change are summary columns kept by triggers (migration 0009):
// the page is a walk of one index, and the per-row look-ups below run for its rows only.
const COLUMNS = sql`s.rowid as rid, s.id, s.title, s.problem, s.created_at, s.activity_at,
    s.round_count, s.last_score,
    (select v.sample_count from rounds r join verifications v on v.round_id = r.id
      where r.session_id = s.id and r.score is not null
      order by r.idx desc, v.created_at desc limit 1) as last_sample_count,
    lr.status as last_run_status, lr.kind as last_run_kind,
    -- A finished multi-step run says why it ended in its last progress event, a few events
    -- before its end (progress, usage, status): a bounded look, whatever the run's length.
    case when lr.status = 'succeeded' then
      (select e.data from run_events e where e.run_id = lr.id and e.seq > lr.last_seq - 8
        and e.data like '{"type":"progress"%' order by e.seq desc limit 1)
    end as last_run_progress`;

const LAST_RUN = sql`left join runs lr on lr.id = (select id from runs x where x.session_id = s.id
    order by x.created_at desc, x.rowid desc limit 1)`;

const SORT_KEY: Record<SessionListQuery['sort'], SQL> = {
  updated: sql`s.activity_at`,
  created: sql`s.created_at`,
  score: sql`coalesce(s.last_score, -1)`,
  rounds: sql`s.round_count`,
  title: sql`lower(coalesce(s.title, substr(s.problem, 1, 200)))`,
};

function keysetOf(query: SessionListQuery): Keyset {
  const dir = query.order ?? (query.sort === 'title' ? 'asc' : 'desc');
  return searchOrder({ keys: [SORT_KEY[query.sort]], rowid: sql`s.rowid`, dir }, query.q);
}

/**
 * The filter follows what the list shows: "Done" is a run shown green, a run that finished
 * without passing (shown as a warning) is listed under "Not passed", one whose every request
 * failed under "Failed". The tone is decided by `runOutcome` alone, called from SQL.
 */
function stateFilter(state: SessionListQuery['state']) {
  if (state === 'any') return sql`1`;
  if (state === 'never-run') return sql`lr.id is null`;
  if (state === 'running') return sql`lr.status in ('queued', 'running')`;
  if (state === 'stopped') return sql`lr.status in ('stopped', 'interrupted')`;
  if (state === 'failed')
    return sql`(lr.status = 'failed' or (lr.status = 'succeeded' and ${TONE}(last_run_progress) = 'danger'))`;
  if (state === 'not-passed')
    return sql`lr.status = 'succeeded' and ${TONE}(last_run_progress) in ('warning', 'neutral')`;
  return sql`lr.status = 'succeeded' and ${TONE}(last_run_progress) = 'success'`;
}

const TONE = sql.raw('proofdesk_succeeded_tone');
const withTone = new WeakSet<object>();

/** Registers `proofdesk_succeeded_tone(progress)`: the tone of a succeeded run that ended so. */
function registerTone(db: Db): Db {
  if (withTone.has(db.$client)) return db;
  db.$client.function(
    'proofdesk_succeeded_tone',
    { deterministic: true },
    (progress) => runOutcome({ status: 'succeeded', end: endOf(progress as string | null) }).tone,
  );
  withTone.add(db.$client);
  return db;
}

/** Why a finished multi-step run ended, from its last progress event (older runs: its words). */
function endOf(progressEvent: string | null): RunEnd | null {
  if (!progressEvent) return null;
  const { progress } = JSON.parse(progressEvent) as { progress: RunProgress };
  return progress.end ?? inferEnd(progress.outcome);
}

/**
 * Home's session list, one page: per session its rounds, last verifier score and sample
 * count, its last run's state and when anything changed; searched, filtered, sorted and
 * paged by cursor in SQL. `total` counts every match (capped when searched: `pageInfoSchema`).
 */
export async function listSessions(input: Partial<SessionListQuery> = {}): Promise<SessionList> {
  const query = sessionListQuerySchema.parse(input);
  const db = registerTone(getDb());
  const order = keysetOf(query);
  const search = await sessionSearch(query.q);
  const where = sql`${search.filter} and ${stateFilter(query.state)}`;
  const found = db.all<Row>(sql`select ${COLUMNS}, ${sortKeysColumn(order)}
    from sessions s ${LAST_RUN}
    where ${where} and ${afterCursor(order, query.cursor)}
    order by ${orderByKeyset(order)} limit ${query.limit + 1}`);
  const { rows, nextCursor } = pageOf(found, query.limit);
  const fts = query.q ? toFtsQuery(query.q) : null;
  const matches = fts
    ? await matchesFor(
        fts,
        rows.map((r) => r.id),
      )
    : null;
  return {
    sessions: rows.map((r) => ({ ...toSummary(r), match: matches?.get(r.id) ?? null })),
    nextCursor,
    total: countSessions(db, query, search.filter, where),
    totalCapped: search.capped,
  };
}

/** Every match: with no state filter, no per-row look-up of the last run is needed. */
function countSessions(db: Db, query: SessionListQuery, searched: SQL, where: SQL): number {
  const stmt =
    query.state === 'any'
      ? sql`select count(*) as n from sessions s where ${searched}`
      : sql`select count(*) as n from (select ${COLUMNS} from sessions s ${LAST_RUN} where ${where})`;
  return db.get<{ n: number }>(stmt)?.n ?? 0;
}

function toSummary(r: Row): SessionSummary {
  return {
    id: r.id,
    title: deriveTitle(r.problem, r.title),
    lastScore: r.last_score,
    samples: r.last_score == null ? null : r.last_sample_count,
    rounds: r.round_count,
    lastRunStatus: r.last_run_status,
    lastRunKind: r.last_run_kind,
    lastRunEnd: endOf(r.last_run_progress),
    createdAt: r.created_at,
    updatedAt: r.activity_at,
  };
}
