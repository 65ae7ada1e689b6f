'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/client';
import { queryKeys } from './query-keys';

/** Deletes a session; every list that may show it (home, review, grades) is read again. */
export function useDeleteSession(sessionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.sessions.remove(sessionId),
    onSuccess: () => {
      qc.removeQueries({ queryKey: queryKeys.session(sessionId) });
      for (const key of [queryKeys.sessionLists, queryKeys.reviewQueues, queryKeys.gradeOverviews])
        void qc.invalidateQueries({ queryKey: key });
    },
  });
}
