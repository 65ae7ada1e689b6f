'use client';

import { Search } from 'lucide-react';
import Link from 'next/link';
import { useDeferredValue, useState } from 'react';
import { MathLine } from '@/components/math/MathLine';
import { countText, SearchCapNote } from '@/components/ui/list-count';
import { Select } from '@/components/ui/Select';
import { VirtualList } from '@/components/ui/VirtualList';
import { ScoreBadge } from '@/components/workbench/ScoreBadge';
import { useSessionList } from '@/hooks/use-session';
import {
  HOME_LIST_QUERY,
  type ServerFirstPage,
  type SessionList as SessionListPage,
  type SessionListQuery,
  type SessionSummary,
} from '@/lib/schemas';
import styles from './home.module.css';
import { MatchSnippet } from './MatchSnippet';
import { ago, lastRunState } from './session-state';

const STATES: { value: SessionListQuery['state']; label: string }[] = [
  { value: 'any', label: 'Any' },
  { value: 'never-run', label: 'Never run' },
  { value: 'running', label: 'Running' },
  { value: 'succeeded', label: 'Done' },
  { value: 'not-passed', label: 'Ended, not passed' },
  { value: 'failed', label: 'Failed' },
  { value: 'stopped', label: 'Stopped' },
];
const SORTS: { value: SessionListQuery['sort']; label: string }[] = [
  { value: 'updated', label: 'Last change' },
  { value: 'created', label: 'Created' },
  { value: 'score', label: 'Score' },
  { value: 'rounds', label: 'Rounds' },
  { value: 'title', label: 'Title' },
];

/** Rows in the server's HTML: more than the list box shows on a tall screen. */
const INITIAL_ROWS = 30;

/** Sessions with their rounds, last score, last run and last change; searched on the server. */
export function SessionList({
  initial,
}: {
  /** The first page of the list as it first opens, read by the server with the page. */
  initial?: ServerFirstPage<SessionListPage> | null;
}) {
  const [q, setQ] = useState<string>(HOME_LIST_QUERY.q);
  const [state, setState] = useState<SessionListQuery['state']>(HOME_LIST_QUERY.state);
  const [sort, setSort] = useState<SessionListQuery['sort']>(HOME_LIST_QUERY.sort);
  const query = { q: useDeferredValue(q).trim(), state, sort };
  const opening =
    query.q === HOME_LIST_QUERY.q &&
    state === HOME_LIST_QUERY.state &&
    sort === HOME_LIST_QUERY.sort;
  const list = useSessionList(query, opening ? initial : null);
  const { items: sessions, data, error, isLoading, total } = list;
  const filtered = query.q !== '' || state !== 'any';
  return (
    <section className={styles.list} aria-label="Sessions">
      <div className={styles.toolbar}>
        <h2>Sessions</h2>
        <label className={styles.search}>
          <Search size={15} aria-hidden />
          <input
            type="search"
            data-testid="session-search"
            placeholder="Search problems, proofs, findings, notes"
            aria-label="Search sessions"
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
        </label>
        <Select
          label="State"
          value={state}
          options={STATES}
          onChange={setState}
          testId="session-state"
        />
        <Select
          label="Sort"
          value={sort}
          options={SORTS}
          onChange={setSort}
          testId="session-sort"
        />
      </div>
      {isLoading ? <p className="muted">Loading sessions…</p> : null}
      {error ? (
        <p className="error" role="alert">
          {error.message}
        </p>
      ) : null}
      {data && sessions.length === 0 ? (
        <p className="muted">{filtered ? 'No session matches.' : 'No sessions yet.'}</p>
      ) : null}
      {data && sessions.length ? (
        <p className="muted" data-testid="session-count">
          {sessions.length < total || list.totalCapped
            ? `${sessions.length} of ${countText(total, list.totalCapped)}`
            : total}{' '}
          session{total === 1 ? '' : 's'}
        </p>
      ) : null}
      <SearchCapNote capped={list.totalCapped} />
      <VirtualList
        items={sessions}
        keyOf={(s) => s.id}
        estimateSize={52}
        hasMore={list.hasNextPage}
        loadingMore={list.isFetchingNextPage}
        onMore={list.fetchNextPage}
        className={styles.listBox}
        testId="session-list-box"
        resetKey={`${query.q}|${state}|${sort}`}
        initialRows={INITIAL_ROWS}
        renderItem={(s) => <SessionRow session={s} />}
      />
    </section>
  );
}

/** One session: title (Markdown and math), where a search matched, rounds, score, state, age. */
function SessionRow({ session: s }: { session: SessionSummary }) {
  return (
    <div className={styles.row} data-testid="session-row" data-session-id={s.id}>
      <div className={styles.titleCell}>
        <Link href={`/sessions/${s.id}`} className={styles.title}>
          <MathLine text={s.title} />
        </Link>
        {s.match ? <MatchSnippet sessionId={s.id} match={s.match} /> : null}
      </div>
      <span className={styles.meta} data-testid="session-rounds">
        {s.rounds} round{s.rounds === 1 ? '' : 's'}
      </span>
      <span data-testid="session-score">
        <ScoreBadge score={s.lastScore} label="last" />
        {s.samples ? (
          <span
            className="muted"
            title={`${s.samples} verifier sample${s.samples === 1 ? '' : 's'} behind this score`}
          >
            {' '}
            ×{s.samples}
          </span>
        ) : null}
      </span>
      <SessionState session={s} />
      {/* The server's clock and locale may word it differently; the browser's render wins. */}
      <time
        suppressHydrationWarning
        className={styles.when}
        dateTime={new Date(s.updatedAt).toISOString()}
        title={new Date(s.updatedAt).toLocaleString()}
        data-testid="session-when"
      >
        {ago(s.updatedAt)}
      </time>
    </div>
  );
}

/** The last run's state in words, coloured by how it ended (a stop without a pass is a warning). */
function SessionState({ session: s }: { session: SessionSummary }) {
  const { label, tone } = lastRunState(s);
  return (
    <span
      className={`${styles.state} ${styles[`tone-${tone}`] ?? ''}`}
      data-testid="session-state-label"
      data-status={s.lastRunStatus ?? 'none'}
      data-tone={tone}
    >
      {label}
    </span>
  );
}
