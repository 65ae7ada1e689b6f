'use client';

import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/client';
import { queryKeys } from './query-keys';

/**
 * Tokens, time and cost per run, per round and for the session. `version` changes whenever
 * the session's runs do, so the figures are read again then.
 */
export function useSessionUsage(sessionId: string, version: string) {
  return useQuery({
    queryKey: queryKeys.usage(sessionId, version),
    queryFn: ({ signal }) => api.sessions.usage(sessionId, { signal }),
  });
}
