'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, queryKeys } from '@/lib/client/api';
import type { CreateRunRequest, Decision, SessionDetail } from '@/lib/schemas';

/** Every write the workbench makes, with optimistic updates where a person waits on them. */
export function useSessionActions(sessionId: string) {
  const qc = useQueryClient();
  const key = queryKeys.session(sessionId);
  const patchCache = (fn: (s: SessionDetail) => SessionDetail) =>
    qc.setQueryData<SessionDetail>(key, (s) => (s ? fn(s) : s));

  const startRun = useMutation({
    mutationFn: (input: CreateRunRequest) => api.startRun(sessionId, input),
    // Not awaited: a returned promise would hold back the caller's onSuccess (which starts
    // following the run's stream) until the session is refetched — a round trip before the
    // first token.
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: key });
    },
  });

  const stopRun = useMutation({ mutationFn: (runId: string) => api.stopRun(runId) });

  const decide = useMutation({
    mutationFn: (v: { id: string; decision: Decision; note?: string }) =>
      api.decide(v.id, { decision: v.decision, note: v.note }),
    // A refetch already in flight was answered before this decision: cancel it, or its
    // answer would land after the optimistic update and show the old decision again.
    onMutate: async (v) => {
      await qc.cancelQueries({ queryKey: key });
      patchCache((s) => ({
        ...s,
        rounds: s.rounds.map((r) => ({
          ...r,
          findings: r.findings.map((f) =>
            f.id === v.id ? { ...f, decision: v.decision, note: v.note ?? f.note } : f,
          ),
        })),
      }));
    },
    onSettled: () => qc.invalidateQueries({ queryKey: key }),
  });

  const saveProblem = useMutation({
    mutationFn: (problem: string) => api.updateSession(sessionId, { problem }),
    onSuccess: (s) => qc.setQueryData(key, s),
  });

  return { startRun, stopRun, decide, saveProblem };
}
