'use client';

import Link from 'next/link';
import { MathInline } from '@/components/math/MathInline';
import type { ReviewItem, ScoreFilter } from '@/lib/schemas';
import type { QueueFilters } from './ReviewQueue';
import styles from './review.module.css';

const SCORE_FILTERS: [ScoreFilter, string][] = [
  ['any', 'Any score'],
  ['pass', 'Score 1 (passed)'],
  ['below1', 'Score below 1'],
  ['partial', 'Between 0 and 1'],
  ['fail', 'Score 0'],
  ['unscored', 'Not scored'],
];

/** The queue's filters and its items, the current one marked. */
export function QueueList(props: {
  items: ReviewItem[];
  index: number;
  filters: QueueFilters;
  loading: boolean;
  error: string | null;
  onFilters: (f: QueueFilters) => void;
  onSelect: (index: number) => void;
}) {
  const { items, index, filters, onFilters } = props;
  return (
    <aside className={styles.sidebar} aria-label="Review queue">
      <div className={styles.toolbar}>
        <strong>Review queue</strong>
        <Link href="/review/import" data-testid="review-import-link">
          Import…
        </Link>
      </div>
      <select
        data-testid="review-filter-score"
        aria-label="Filter by score"
        value={filters.score}
        onChange={(e) => onFilters({ ...filters, score: e.target.value as ScoreFilter })}
      >
        {SCORE_FILTERS.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
      <label>
        <input
          type="checkbox"
          style={{ width: 'auto' }}
          data-testid="review-filter-unresolved"
          checked={filters.unresolved}
          onChange={(e) => onFilters({ ...filters, unresolved: e.target.checked })}
        />{' '}
        Has unresolved findings <span className={styles.keys}>(u)</span>
      </label>
      {filters.batch ? (
        <span className={styles.keys}>
          One import only ·{' '}
          <button
            type="button"
            className="link"
            onClick={() => onFilters({ ...filters, batch: undefined })}
          >
            show all imports
          </button>
          {' · '}
          <Link
            href={`/grades?batch=${encodeURIComponent(filters.batch)}`}
            data-testid="review-batch-grades"
          >
            grades of this import
          </Link>
        </span>
      ) : null}
      {props.error ? (
        <p className="error" role="alert">
          {props.error}
        </p>
      ) : null}
      <p className="muted" data-testid="review-count">
        {props.loading ? 'Loading…' : `${items.length} session(s)`}
      </p>
      <ol className={styles.items}>
        {items.map((it, i) => (
          <li key={it.sessionId}>
            <button
              type="button"
              className={`${styles.item} ${i === index ? styles.current : ''}`}
              data-testid="review-item"
              data-session-id={it.sessionId}
              aria-current={i === index ? 'true' : undefined}
              onClick={() => props.onSelect(i)}
            >
              <MathInline text={it.title} />
              <span className={styles.itemMeta}>
                score {it.score ?? '—'} · {it.unresolved}/{it.findings} open
                {it.autoPoints !== null ? ` · model ${it.autoPoints}/7` : ''}
                {it.humanPoints !== null ? ` · you ${it.humanPoints}/7` : ''}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </aside>
  );
}
