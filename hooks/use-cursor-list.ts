'use client';

import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { PageInfo, ServerFirstPage } from '@/lib/schemas';

/**
 * A server-paged list read page by page (issue 20): each page's `nextCursor` asks for the
 * next. `items` are the pages read so far, in order; `total` is how many match in all
 * (`totalCapped`: at least that many, see `pageInfoSchema`). While
 * the query changes, the previous list stays on screen.
 */
export function useCursorList<P extends PageInfo, T>(options: {
  queryKey: readonly unknown[];
  fetchPage: (cursor: string | undefined, signal: AbortSignal) => Promise<P>;
  itemsOf: (page: P) => T[];
  /** The first page as the server read it while rendering the page, and when it read it. */
  initial?: ServerFirstPage<P> | null;
}) {
  const { itemsOf, initial } = options;
  const query = useInfiniteQuery({
    queryKey: options.queryKey,
    queryFn: ({ pageParam, signal }) => options.fetchPage(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    initialData: initial ? { pages: [initial.page], pageParams: [undefined] } : undefined,
    initialDataUpdatedAt: initial?.readAt,
  });
  const pages = query.data?.pages;
  const items = useMemo(() => pages?.flatMap(itemsOf) ?? [], [pages, itemsOf]);
  const first = pages?.[0];
  return {
    ...query,
    items,
    total: first?.total ?? 0,
    totalCapped: first?.totalCapped,
    firstPage: first,
  };
}
