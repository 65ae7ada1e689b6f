import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { endOfProgressEvent } from '@/lib/run-list-state';
import type { RunStatus, SessionList, SessionListQuery, SessionSummary } from '@/lib/schemas';
import { sessionListQuerySchema } from '@/lib/schemas';
import { type Conn, conn } from '../conn';
import { countOf, rowKey, selectRows } from '../list-sql';
import { afterCursor, type Keyset, orderByKeyset, pageOf, sortKeysColumn } from '../paging';
import { searchMatches, searchOrder, sessionSearch } from './list-search';
import { deriveTitle } from './sessions';

type Row = {
  rid: number | string;
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
// Rounds, last score, last change and the latest run are summary columns kept by triggers
// (migrations 0009 and 0015): the page is a walk of one index, and the per-row look-ups
// below run for its rows only.
const COLUMNS = sql`s.id, s.title, s.problem, s.created_at, s.activity_at,
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

const LAST_RUN = sql`left join runs lr on lr.id = s.last_run_id`;

const SORT_KEY: Record<SessionListQuery['sort'], SQL> = {
  updated: sql`s.activity_at`,
  created: sql`s.created_at`,
  score: sql`coalesce(s.last_score, -1)`,
  rounds: sql`s.round_count`,
  title: sql`lower(coalesce(s.title, substr(s.problem, 1, 200)))`,
};

function keysetOf(query: SessionListQuery, backend: Conn['backend']): Keyset {
  const dir = query.order ?? (query.sort === 'title' ? 'asc' : 'desc');
  const order: Keyset = { keys: [SORT_KEY[query.sort]], rowid: rowKey(backend, 's'), dir };
  return searchOrder(order, query.q, backend);
}

/**
 * The filter follows what the list shows (`runListState`, stored with every status as
 * `runs.list_state` and copied to the session's `last_run_state` by triggers). `column` is
 * how a query reads it (`stateColumn`).
 */
function stateFilter(state: SessionListQuery['state'], column: SQL): SQL {
  if (state === 'any') return sql`true`;
  if (state === 'never-run') return sql`${column} is null`;
  return sql`${column} = ${state}`;
}

/**
 * How a query reads the state. The state index (last_run_state, activity_at) serves the
 * default order (last change first) and the count, whether the state is rare or every
 * session's. SQLite would pick it for any query, though: in another order it then sorts
 * every matching session with its per-row look-ups (52 ms at 10k never-run sessions), and
 * when searched it reads the whole state instead of the few matches. There the column goes
 * behind a unary `+`, so SQLite walks the order's own index (or the matches) and reads the
 * column per row. Postgres plans this from its statistics (and has no unary `+` on text).
 */
function stateColumn(backend: Conn['backend'], useIndex: boolean): SQL {
  return backend === 'sqlite' && !useIndex ? sql`+s.last_run_state` : sql`s.last_run_state`;
}

/**
 * Home's session list, one page: per session its rounds, last verifier score and sample
 * count, its last run's state and when anything changed; searched, filtered, sorted and
 * paged by cursor in SQL, on either backend. `total` counts every match (capped when
 * searched: `pageInfoSchema`).
 */
export async function listSessions(input: Partial<SessionListQuery> = {}): Promise<SessionList> {
  const query = sessionListQuerySchema.parse(input);
  const c = await conn();
  const order = keysetOf(query, c.backend);
  const search = await sessionSearch(query.q);
  const state = (useIndex: boolean) => stateFilter(query.state, stateColumn(c.backend, useIndex));
  const where = sql`${search.filter} and ${state(!query.q)}`;
  const pageWhere = sql`${search.filter} and ${state(!query.q && query.sort === 'updated')}`;
  const found = await selectRows<Row>(
    c,
    sql`select ${order.rowid} as rid, ${sortKeysColumn(order, c.backend)}, ${COLUMNS}
    from sessions s ${LAST_RUN}
    where ${pageWhere} and ${afterCursor(order, query.cursor)}
    order by ${orderByKeyset(order)} limit ${query.limit + 1}`,
  );
  const { rows, nextCursor } = pageOf(found, query.limit);
  const matches = query.q
    ? await searchMatches(
        query.q,
        rows.map((r) => r.id),
      )
    : null;
  return {
    sessions: rows.map((r) => ({ ...toSummary(r), match: matches?.get(r.id) ?? null })),
    nextCursor,
    // The state is a column of sessions: the count needs no look-up of any run.
    total: await countOf(c, sql`select count(*) as n from sessions s where ${where}`),
    totalCapped: search.capped,
  };
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
    lastRunEnd: endOfProgressEvent(r.last_run_progress),
    createdAt: r.created_at,
    updatedAt: r.activity_at,
  };
}
