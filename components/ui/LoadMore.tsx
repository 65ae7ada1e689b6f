'use client';

import { useEffect, useRef } from 'react';

/**
 * The end of a paged list: when it scrolls into view (or is in view when the page loads), the
 * next page is read. Also a button, for keyboards and for screens where it never scrolls.
 */
export function LoadMore({
  hasMore,
  loading,
  onMore,
  testId = 'load-more',
}: {
  hasMore: boolean;
  loading: boolean;
  onMore: () => void;
  testId?: string;
}) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || !hasMore || loading) return;
    const seen = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) onMore();
    });
    seen.observe(el);
    return () => seen.disconnect();
  }, [hasMore, loading, onMore]);
  if (!hasMore) return null;
  return (
    <button
      ref={ref}
      type="button"
      className="ghost"
      data-testid={testId}
      onClick={onMore}
      disabled={loading}
    >
      {loading ? 'Loading more…' : 'Load more'}
    </button>
  );
}
