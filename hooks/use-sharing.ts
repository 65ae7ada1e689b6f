'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/client';
import { queryKeys } from './query-keys';

/** A session's live read-only links, and creating and revoking them. */
export function useShares(sessionId: string) {
  const qc = useQueryClient();
  const key = queryKeys.shares(sessionId);
  const list = useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api.sharing.list(sessionId, { signal }),
  });
  const refresh = () => qc.invalidateQueries({ queryKey: key });
  const create = useMutation({
    mutationFn: () => api.sharing.create(sessionId),
    onSuccess: refresh,
  });
  const revoke = useMutation({
    mutationFn: (token: string) => api.sharing.revoke(token),
    onSuccess: refresh,
  });
  return { shares: list.data?.shares ?? [], create, revoke };
}
