import 'server-only';
import { sql } from 'drizzle-orm';
import { inferEnd, runOutcome } from '@/lib/run-outcome';
import type {
  RunEnd,
  RunProgress,
  RunStatus,
  SessionListQuery,
  SessionSummary,
} from '@/lib/schemas';
import { type Db, getDb } from '../client';
import { deriveTitle } from './sessions';

type Row = {
  id: string;
  title: string | null;
  problem: string;
  created_at: number;
  updated_at: number;
  rounds: number;
  last_score: number | null;
  last_sample_count: number | null;
  last_run_status: RunStatus | null;
  last_run_kind: string | null;
  last_run_changed: number | null;
  last_run_progress: string | null;
};

// Plain SQL with explicit table names: drizzle renders a column of the outer table without
// its table name inside a `sql` subquery, so `r.session_id = ${sessions.id}` became
// `r.session_id = "id"` (the round's own id) and every session listed "0 rounds · last —".
const BASE = sql`
  select s.id, s.title, s.problem, s.created_at, s.updated_at,
    (select count(*) from rounds r where r.session_id = s.id) as rounds,
    (select r.score from rounds r where r.session_id = s.id and r.score is not null
      order by r.idx desc limit 1) as last_score,
    (select v.sample_count from rounds r join verifications v on v.round_id = r.id
      where r.session_id = s.id and r.score is not null
      order by r.idx desc, v.created_at desc limit 1) as last_sample_count,
    lr.status as last_run_status, lr.kind as last_run_kind,
    coalesce(lr.finished_at, lr.started_at, lr.created_at) as last_run_changed,
    -- A finished multi-step run says why it ended in its last progress event, a few events
    -- before its end (progress, usage, status): a bounded look, whatever the run's length.
    case when lr.status = 'succeeded' then
      (select e.data from run_events e where e.run_id = lr.id and e.seq > lr.last_seq - 8
        and e.data like '{"type":"progress"%' order by e.seq desc limit 1)
    end as last_run_progress
  from sessions s
  left join runs lr on lr.id = (select id from runs x where x.session_id = s.id
    order by x.created_at desc, x.rowid desc limit 1)`;

const ORDER: Record<SessionListQuery['sort'], ReturnType<typeof sql>> = {
  updated: sql`max(s.updated_at, coalesce(last_run_changed, 0)) desc`,
  created: sql`s.created_at desc`,
  score: sql`last_score is null, last_score desc, s.updated_at desc`,
  rounds: sql`rounds desc, s.updated_at desc`,
  title: sql`lower(coalesce(s.title, s.problem)) asc`,
};

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

/** Escapes LIKE wildcards so a search for "50%" matches the text "50%". */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Home's session list: per session its rounds, last verifier score and sample count, its
 * last run's state and when anything changed; searched, filtered and sorted in SQL.
 */
export async function listSessions(
  query: Partial<SessionListQuery> = {},
  limit = 200,
): Promise<SessionSummary[]> {
  const q = query.q?.trim();
  const search = q
    ? sql`(s.title like ${likePattern(q)} escape '\\' or s.problem like ${likePattern(q)} escape '\\')`
    : sql`1`;
  const stmt = sql`${BASE} where ${search} and ${stateFilter(query.state ?? 'any')}
    order by ${ORDER[query.sort ?? 'updated']} limit ${limit}`;
  return registerTone(getDb())
    .all<Row>(stmt)
    .map((r) => ({
      id: r.id,
      title: deriveTitle(r.problem, r.title),
      lastScore: r.last_score,
      lastSampleCount: r.last_score == null ? null : r.last_sample_count,
      rounds: r.rounds,
      lastRunStatus: r.last_run_status,
      lastRunKind: r.last_run_kind,
      lastRunEnd: endOf(r.last_run_progress),
      createdAt: r.created_at,
      updatedAt: Math.max(r.updated_at, r.last_run_changed ?? 0),
    }));
}
