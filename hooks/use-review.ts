'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/client';
import type { ReviewQuery, ReviewQueue } from '@/lib/schemas';
import { queryKeys } from './query-keys';
import { useCursorList } from './use-cursor-list';

const itemsOf = (page: ReviewQueue) => page.items;

/** The review queue over imported sessions, page by page; the previous list stays while filters change. */
export function useReviewQueue(filters: Partial<ReviewQuery>) {
  return useCursorList({
    queryKey: queryKeys.reviewQueue(filters),
    fetchPage: (cursor, signal) => api.review.queue({ ...filters, cursor }, { signal }),
    itemsOf,
  });
}

type ImportInput = { text: string; format: string };

/** A dry run of a bulk import: what each record would create, and the bad lines. */
export function usePreviewReviewImport() {
  return useMutation({
    mutationFn: (v: ImportInput) =>
      api.review.importRecords(v.text, { format: v.format, dryRun: true }),
  });
}

/**
 * The bulk import itself. `skipInvalid` says the person saw the preview's bad lines and
 * imports the others only. The review queue is read again after.
 */
export function useCommitReviewImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: ImportInput & { skipInvalid: boolean }) =>
      api.review.importRecords(v.text, {
        format: v.format,
        dryRun: false,
        skipInvalid: v.skipInvalid,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.reviewQueues }),
  });
}
