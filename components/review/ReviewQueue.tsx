'use client';

import { useCallback, useDeferredValue, useEffect, useRef, useState } from 'react';
import { useReplaceUrl } from '@/hooks/use-replace-url';
import { useReviewQueue } from '@/hooks/use-review';
import type { ReviewQueue as ReviewQueuePage, ScoreFilter, ServerFirstPage } from '@/lib/schemas';
import { QueueList } from './QueueList';
import { ReviewItemPanel } from './ReviewItemPanel';
import styles from './review.module.css';
import { useQueueKeys } from './use-queue-keys';

export type QueueFilters = { batch?: string; score: ScoreFilter; unresolved: boolean };

/**
 * Walks imported sessions one by one: j/→ next, k/← previous, u toggles "has unresolved
 * findings", o opens the workbench. Filters and position live in the URL, so a reload or a
 * shared link lands on the same place.
 */
export function ReviewQueue({
  initial,
  initialIndex,
  firstPage,
}: {
  initial: QueueFilters;
  initialIndex: number;
  /** The first page for `initial`, read by the server with the page: its rows are in the HTML. */
  firstPage?: ServerFirstPage<ReviewQueuePage> | null;
}) {
  const [filters, setFilters] = useState(initial);
  const [pos, setPos] = useState<{ id: string | null; index: number }>({
    id: null,
    index: initialIndex,
  });
  const queue = useReviewQueue(filters, filters === initial ? firstPage : null);
  const { items, error, isLoading, total } = queue;
  // Stay on the same session when the list changes; else keep the position.
  const found = pos.id ? items.findIndex((i) => i.sessionId === pos.id) : -1;
  const index = items.length ? (found >= 0 ? found : Math.min(pos.index, items.length - 1)) : 0;
  const item = items[index];
  // The panel (a whole proof, its findings and grades) follows the keys at low priority:
  // holding j walks the list at once, and the panel renders for where the walk stops.
  const shownIndex = useDeferredValue(index);
  const shown = { item: items[shownIndex] ?? item, index: items[shownIndex] ? shownIndex : index };
  const more = queue.hasNextPage && !queue.isFetchingNextPage;
  // Read the next page a few items before the end, so j rarely waits at a page's edge.
  useEffect(() => {
    if (more && index + 5 >= items.length) queue.fetchNextPage();
  }, [more, index, items.length, queue.fetchNextPage]);
  // Keys pressed while the next page loads still count: the walk runs ahead of the pages
  // read so far and lands where the keys took it once they arrive.
  const ahead = pos.id === null && pos.index >= items.length && queue.hasNextPage;
  const at = ahead ? pos.index : index;
  const go = (to: number) => {
    if (!items.length) return;
    if (to >= items.length && queue.hasNextPage) {
      setPos({ id: null, index: Math.min(to, total - 1) });
      return;
    }
    const i = Math.min(Math.max(0, to), items.length - 1);
    setPos({ id: items[i].sessionId, index: i });
  };
  useQueueKeys({
    next: () => go(at + 1),
    prev: () => go(at - 1),
    toggleUnresolved: () => setFilters((f) => ({ ...f, unresolved: !f.unresolved })),
    open: () => item && window.location.assign(`/sessions/${item.sessionId}`),
  });
  useReplaceUrl(queueUrl(filters, shownIndex));
  // The panel's buttons act on the latest position through one stable pair of callbacks, so
  // a key that moves the list leaves the panel (memoised) alone until its item changes.
  const latest = useRef({ go, index });
  latest.current = { go, index };
  const onNext = useCallback(() => latest.current.go(latest.current.index + 1), []);
  const onPrev = useCallback(() => latest.current.go(latest.current.index - 1), []);
  return (
    <div className={styles.queue}>
      <QueueList
        items={items}
        total={total}
        index={index}
        filters={filters}
        loading={isLoading}
        error={error?.message ?? null}
        onFilters={(f) => {
          setFilters(f);
          setPos({ id: null, index: 0 });
        }}
        onSelect={go}
        hasMore={queue.hasNextPage}
        loadingMore={queue.isFetchingNextPage}
        onMore={queue.fetchNextPage}
      />
      <div className={styles.main}>
        {shown.item ? (
          <ReviewItemPanel
            key={shown.item.sessionId}
            item={shown.item}
            position={shown.index + 1}
            count={total}
            onNext={onNext}
            onPrev={onPrev}
          />
        ) : (
          <p className="muted" data-testid="review-empty">
            {isLoading ? 'Loading…' : 'No imported session matches. Import proofs to review them.'}
          </p>
        )}
      </div>
    </div>
  );
}

/** The queue's address: its filters and the (1-based) item shown, for reloads and links. */
function queueUrl(filters: QueueFilters, shownIndex: number): string {
  const q = new URLSearchParams();
  if (filters.batch) q.set('batch', filters.batch);
  if (filters.score !== 'any') q.set('score', filters.score);
  if (filters.unresolved) q.set('unresolved', '1');
  if (shownIndex > 0) q.set('i', String(shownIndex + 1));
  return `/review${q.size ? `?${q}` : ''}`;
}
