'use client';

import { Upload } from 'lucide-react';
import Link from 'next/link';
import { memo, useCallback, useRef } from 'react';
import { MathLine } from '@/components/math/MathLine';
import { Kbd } from '@/components/ui/Kbd';
import { Select } from '@/components/ui/Select';
import { VirtualList } from '@/components/ui/VirtualList';
import type { ReviewItem, ScoreFilter } from '@/lib/schemas';
import type { QueueFilters } from './ReviewQueue';
import styles from './review.module.css';

const SCORE_FILTERS: { value: ScoreFilter; label: string }[] = [
  { value: 'any', label: 'Any score' },
  { value: 'pass', label: 'Score 1 (passed)' },
  { value: 'below1', label: 'Score below 1' },
  { value: 'partial', label: 'Between 0 and 1' },
  { value: 'fail', label: 'Score 0' },
  { value: 'unscored', label: 'Not scored' },
];

/** Rows in the server's HTML: more than the list shows on a tall screen. */
const INITIAL_ROWS = 30;

/** The queue's filters and its items, the current one marked. */
export function QueueList(props: {
  items: ReviewItem[];
  /** How many match in all; `items` are the pages read so far. */
  total: number;
  index: number;
  filters: QueueFilters;
  loading: boolean;
  error: string | null;
  onFilters: (f: QueueFilters) => void;
  onSelect: (index: number) => void;
  hasMore: boolean;
  loadingMore: boolean;
  onMore: () => void;
}) {
  const { items, index, filters, onFilters } = props;
  // One stable callback for every row, so a row re-renders only when it becomes (or stops
  // being) the current one: holding j re-renders two rows, not the thirty in view.
  const onSelect = useRef(props.onSelect);
  onSelect.current = props.onSelect;
  const select = useCallback((i: number) => onSelect.current(i), []);
  return (
    <aside className={styles.sidebar} aria-label="Review queue">
      <div className={styles.toolbar}>
        <strong>Review queue</strong>
        <Link href="/review/import" data-testid="review-import-link" className="icon-link">
          <Upload size={14} aria-hidden />
          Import…
        </Link>
      </div>
      <Select
        label="Score"
        testId="review-filter-score"
        value={filters.score}
        options={SCORE_FILTERS}
        onChange={(score) => onFilters({ ...filters, score })}
      />
      <label className="check">
        <input
          type="checkbox"
          data-testid="review-filter-unresolved"
          checked={filters.unresolved}
          onChange={(e) => onFilters({ ...filters, unresolved: e.target.checked })}
        />
        Has unresolved findings <Kbd id="reviewUnresolved" />
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
        {props.loading
          ? 'Loading…'
          : `${props.total.toLocaleString('en')} session${props.total === 1 ? '' : 's'}`}
      </p>
      <VirtualList
        ordered
        items={items}
        keyOf={(it) => it.sessionId}
        estimateSize={46}
        activeIndex={index}
        hasMore={props.hasMore}
        loadingMore={props.loadingMore}
        onMore={props.onMore}
        className={styles.itemsBox}
        testId="review-items"
        initialRows={INITIAL_ROWS}
        renderItem={(it, i) => (
          <QueueRow item={it} index={i} current={i === index} onSelect={select} />
        )}
      />
    </aside>
  );
}

/** One queue entry: title (Markdown and math), score, open findings and grades. */
const QueueRow = memo(function QueueRow({
  item: it,
  index,
  current,
  onSelect,
}: {
  item: ReviewItem;
  index: number;
  current: boolean;
  onSelect: (index: number) => void;
}) {
  return (
    <button
      type="button"
      className={`${styles.item} ${current ? styles.current : ''}`}
      data-testid="review-item"
      data-session-id={it.sessionId}
      aria-current={current ? 'true' : undefined}
      onClick={() => onSelect(index)}
    >
      <MathLine text={it.title} />
      <span className={styles.itemMeta}>
        score {it.score ?? '—'} · {it.unresolved}/{it.findings} open
        {it.autoPoints !== null ? ` · model ${it.autoPoints}/7` : ''}
        {it.humanPoints !== null ? ` · human ${it.humanPoints}/${it.humanMaxPoints ?? 7}` : ''}
      </span>
    </button>
  );
});
