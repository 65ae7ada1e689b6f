'use client';

import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useKeepInView } from './keep-in-view';
import styles from './ui.module.css';

/**
 * A list that can grow to any length with a bounded DOM (issue 20): only the rows in and near
 * the view are rendered, each measured as it renders. Reaching the last rows asks for the
 * next page (`onMore`); `activeIndex` keeps the current row in view (keyboard walks).
 */
export function VirtualList<T>(props: {
  items: T[];
  keyOf: (item: T) => string;
  renderItem: (item: T, index: number) => ReactNode;
  /** A first guess of a row's height in pixels; rows are measured as they render. */
  estimateSize: number;
  hasMore: boolean;
  loadingMore: boolean;
  onMore: () => void;
  activeIndex?: number;
  /** Sets the scroll box's height (the list scrolls inside it). */
  className?: string;
  listClassName?: string;
  ordered?: boolean;
  testId?: string;
  /** The list's accessible name. */
  ariaLabel?: string;
  /**
   * What the list shows (its query): when it changes the list starts again at its top, so a
   * new search is read from its first result instead of paging on from where the last
   * list was scrolled to.
   */
  resetKey?: string;
  /**
   * Rows the server renders into the page's HTML (its first page of data): until the list
   * has mounted in the browser, its first rows are drawn in plain flow, readable before the
   * scripts run and with no guessed heights; then it becomes virtual.
   */
  initialRows?: number;
}) {
  const { items, hasMore, loadingMore, onMore, activeIndex } = props;
  const box = useRef<HTMLDivElement>(null);
  const mounted = useMounted();
  const virtual = useVirtualizer({
    count: items.length,
    getScrollElement: () => box.current,
    estimateSize: () => props.estimateSize,
    getItemKey: (i) => props.keyOf(items[i]),
    overscan: 8,
    // A keyboard walk scrolls the list on every key: rendering each scroll at once
    // (flushSync) made a held j pay a synchronous render per step; React batches it instead.
    useFlushSync: false,
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the query changes only
  useEffect(() => {
    box.current?.scrollTo({ top: 0 });
  }, [props.resetKey]);
  const rows = virtual.getVirtualItems();
  const lastShown = rows.length ? rows[rows.length - 1].index : -1;
  useEffect(() => {
    if (hasMore && !loadingMore && lastShown >= items.length - 10) onMore();
  }, [hasMore, loadingMore, lastShown, items.length, onMore]);
  useKeepInView(box, virtual, activeIndex, items.length);
  const List = props.ordered ? 'ol' : 'ul';
  // Until mounted, the server's rows in plain flow (see `initialRows`); then the virtual rows.
  const inFlow = !mounted && !!props.initialRows;
  return (
    <div
      ref={box}
      className={`${styles.virtualBox} ${props.className ?? ''}`}
      data-testid={props.testId}
      data-hydrated={mounted ? 'true' : undefined}
    >
      <List
        className={`${styles.virtualList} ${props.listClassName ?? ''}`}
        style={inFlow ? undefined : { height: virtual.getTotalSize() }}
        aria-label={props.ariaLabel}
      >
        {inFlow
          ? items.slice(0, props.initialRows).map((item, index) => (
              <li key={props.keyOf(item)} data-index={index}>
                {props.renderItem(item, index)}
              </li>
            ))
          : rows.map((row) => (
              <li
                key={row.key}
                data-index={row.index}
                ref={virtual.measureElement}
                className={styles.virtualRow}
                style={{ transform: `translateY(${row.start}px)` }}
              >
                {props.renderItem(items[row.index], row.index)}
              </li>
            ))}
      </List>
      {loadingMore ? <p className="muted">Loading more…</p> : null}
    </div>
  );
}

/** False in the server's render and the browser's first (hydrating) render; true after. */
function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}
