'use client';

import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/client';
import { queryKeys } from './query-keys';

/** Each role's prompt set, as the server reads it (the settings page). */
export function usePromptSettings() {
  return useQuery({
    queryKey: queryKeys.promptSettings,
    queryFn: ({ signal }) => api.settings.prompts({ signal }),
  });
}

/** The exact messages behind a prompt hash, fetched only when asked for (they never change). */
export function usePromptText(sessionId: string, hash: string | null) {
  return useQuery({
    queryKey: queryKeys.promptText(sessionId, hash ?? ''),
    queryFn: ({ signal }) => api.sessions.promptText(sessionId, hash as string, { signal }),
    enabled: !!hash,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
