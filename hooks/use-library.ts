'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/client';
import type { ProblemList, ProblemQuery } from '@/lib/schemas';
import { queryKeys } from './query-keys';
import { useCursorList } from './use-cursor-list';

const problemsOf = (page: ProblemList) => page.problems;

/** Problems matching the filters, page by page, with the facets (on every page). */
export function useProblems(filters: Partial<ProblemQuery>) {
  return useCursorList({
    queryKey: queryKeys.problemList(filters),
    fetchPage: (cursor, signal) => api.library.search({ ...filters, cursor }, { signal }),
    itemsOf: problemsOf,
  });
}

/** One problem with its reference solution and grading guidelines. */
export function useProblem(problemId: string) {
  return useQuery({
    queryKey: queryKeys.problem(problemId),
    queryFn: ({ signal }) => api.library.get(problemId, { signal }),
  });
}

/** A new session on a library problem (graded later against its reference). */
export function useStartSessionFromProblem(problemId: string) {
  return useMutation({ mutationFn: () => api.library.startSession(problemId) });
}

/** Imports a problem set; every problem list is read again after. */
export function useImportProblems() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { text: string; type: string; skipInvalid: boolean }) =>
      api.library.importSet(v.text, v.type, v.skipInvalid),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.problemLists }),
  });
}
