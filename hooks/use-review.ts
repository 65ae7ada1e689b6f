'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '@/lib/client';
import type { ImportJob, ReviewQuery, ReviewQueue, ServerFirstPage } from '@/lib/schemas';
import { queryKeys } from './query-keys';
import { useCursorList } from './use-cursor-list';

const itemsOf = (page: ReviewQueue) => page.items;

/** The review queue over imported sessions, page by page; the previous list stays while filters change. */
export function useReviewQueue(
  filters: Partial<ReviewQuery>,
  /** The first page of exactly these filters, read by the server as it rendered the page. */
  initial?: ServerFirstPage<ReviewQueue> | null,
) {
  return useCursorList({
    queryKey: queryKeys.reviewQueue(filters),
    fetchPage: (cursor, signal) => api.review.queue({ ...filters, cursor }, { signal }),
    itemsOf,
    initial,
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

/** Starts the bulk import itself, as a job on the server (`useImportJob` follows it). */
export function useStartReviewImport() {
  return useMutation({
    mutationFn: (v: ImportInput & { skipInvalid: boolean }) =>
      api.review.startImport(v.text, { format: v.format, skipInvalid: v.skipInvalid }),
  });
}

/**
 * A bulk import, polled while it runs (records done, records/s, ETA); once it is done the
 * review queue is read again. A job the server no longer knows (it restarted) is an error.
 */
export function useImportJob(started: ImportJob | null) {
  const qc = useQueryClient();
  const jobId = started?.id ?? null;
  const job = useQuery({
    queryKey: queryKeys.importJob(jobId ?? ''),
    queryFn: ({ signal }) => api.review.importJob(jobId as string, { signal }),
    enabled: jobId !== null,
    // The start's own answer ("0 / N", running) is shown at once: the first poll comes 400 ms
    // later, and on a busy server the import can be well along, or done, by then.
    initialData: started ?? undefined,
    retry: false,
    refetchInterval: (q) => (q.state.data && q.state.data.state !== 'running' ? false : 400),
  });
  const finished = job.data?.state === 'done';
  useEffect(() => {
    if (finished) void qc.invalidateQueries({ queryKey: queryKeys.reviewQueues });
  }, [finished, qc]);
  return job;
}
