'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/client';
import type { Decision, Finding, SessionDetail } from '@/lib/schemas';
import { queryKeys } from './query-keys';
import { useStartRun, useStopRun } from './use-run';
import { useSaveProblem, useSessionCache } from './use-session';

const withFinding = (s: SessionDetail, id: string, fn: (f: Finding) => Finding): SessionDetail => ({
  ...s,
  rounds: s.rounds.map((r) => ({
    ...r,
    findings: r.findings.map((f) => (f.id === id ? fn(f) : f)),
  })),
});

/**
 * A person's decision on a finding: shown at once (optimistic), then the session is read
 * again (the server's answer wins). The review queue's counts of open findings follow.
 */
export function useDecideFinding(sessionId: string) {
  const qc = useQueryClient();
  const cache = useSessionCache(sessionId);
  return useMutation({
    mutationFn: (v: { id: string; decision: Decision; note?: string }) =>
      api.sessions.decide(v.id, { decision: v.decision, note: v.note }),
    // A refetch already in flight was answered before this decision: cancel it, or its
    // answer would land after the optimistic update and show the old decision again.
    onMutate: async (v) => {
      await qc.cancelQueries({ queryKey: queryKeys.session(sessionId) });
      cache.patch((s) =>
        withFinding(s, v.id, (f) => ({ ...f, decision: v.decision, note: v.note ?? f.note })),
      );
    },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.reviewQueues });
    },
    onSettled: () => cache.refresh(),
  });
}

/**
 * Every write the workbench makes, with optimistic updates where a person waits on them.
 * `prepare` saves the editor's pending edit before a run starts (see useStartRun).
 */
export function useSessionActions(
  sessionId: string,
  prepare?: () => Promise<string | null | undefined>,
) {
  return {
    startRun: useStartRun(sessionId, prepare),
    stopRun: useStopRun(),
    decide: useDecideFinding(sessionId),
    saveProblem: useSaveProblem(sessionId),
  };
}
