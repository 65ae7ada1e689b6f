'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/client';
import type { Rubric } from '@/lib/schemas';
import { queryKeys } from './query-keys';

/** A problem's rubric (`rubric: null` when it has none). */
export function useProblemRubric(problemId: string) {
  return useQuery({
    queryKey: queryKeys.rubric(problemId),
    queryFn: ({ signal }) => api.library.rubric(problemId, { signal }),
  });
}

/**
 * Saves the rubric (or, given null, removes it); sessions' grade panels read it again (they
 * grade against it).
 */
export function useSaveRubric(problemId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (rubric: Rubric | null) =>
      rubric ? api.library.saveRubric(problemId, rubric) : api.library.removeRubric(problemId),
    onSuccess: (stored) => {
      qc.setQueryData(queryKeys.rubric(problemId), stored);
      void qc.invalidateQueries({ queryKey: ['grade'] });
    },
  });
}

/** The grader model's draft of a rubric, to edit before saving. */
export function useDraftRubric(problemId: string) {
  return useMutation({ mutationFn: () => api.library.draftRubric(problemId) });
}
