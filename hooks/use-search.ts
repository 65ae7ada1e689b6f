'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/client';
import { queryKeys } from './query-keys';

/** The session's latest search, if any (the live view follows the newest). */
export function useLatestSearchId(sessionId: string) {
  const list = useQuery({
    queryKey: queryKeys.searches(sessionId),
    queryFn: ({ signal }) => api.searches.list(sessionId, { signal }),
  });
  return list.data?.searches[0]?.id ?? null;
}

/** A search's pool, lineage and best proof; polled every second while it runs. */
export function useSearch(searchId: string | null) {
  return useQuery({
    queryKey: queryKeys.search(searchId ?? ''),
    queryFn: ({ signal }) => api.searches.get(searchId as string, { signal }),
    enabled: !!searchId,
    refetchInterval: (q) =>
      q.state.data?.live || q.state.data?.status === 'running' ? 1000 : false,
  });
}

export type SearchControl = 'pause' | 'resume' | 'cancel';

/** Pause, resume or cancel a search; the view and the session are read again after. */
export function useSearchControl(searchId: string, sessionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (what: SearchControl): Promise<unknown> => api.searches[what](searchId),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.search(searchId) });
      void qc.invalidateQueries({ queryKey: queryKeys.session(sessionId) });
    },
  });
}

/** "Open as round": the best proof of the pool becomes a round of the session. */
export function useOpenAsRound(searchId: string | null, sessionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.searches.openAsRound(searchId as string),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.session(sessionId) });
    },
  });
}
