'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '@/lib/client';
import {
  type GradesOverview,
  type HumanGradeInput,
  type RunStatus,
  TERMINAL_STATUSES,
} from '@/lib/schemas';
import { queryKeys } from './query-keys';
import { useCursorList } from './use-cursor-list';
import { useRunStatus, useStartRun } from './use-run';

/** Both grades of a session: the grader model's and the person's. */
export function useSessionGrade(sessionId: string) {
  return useQuery({
    queryKey: queryKeys.grade(sessionId),
    queryFn: ({ signal }) => api.grading.session(sessionId, { signal }),
  });
}

/** A grade changed: the session's grades, the session and the review queue's columns follow. */
function useGradeChanged(sessionId: string) {
  const qc = useQueryClient();
  return useCallback(() => {
    void qc.invalidateQueries({ queryKey: queryKeys.grade(sessionId) });
    void qc.invalidateQueries({ queryKey: queryKeys.session(sessionId) });
    void qc.invalidateQueries({ queryKey: queryKeys.reviewQueues });
    void qc.invalidateQueries({ queryKey: queryKeys.gradeOverviews });
  }, [qc, sessionId]);
}

/**
 * The person's grade with a rationale: out of 7, or checkpoint by checkpoint against the
 * rubric; the model's grade is never touched.
 */
export function useSaveHumanGrade(sessionId: string) {
  const changed = useGradeChanged(sessionId);
  return useMutation({
    mutationFn: (v: HumanGradeInput) => api.grading.setHuman(sessionId, v),
    onSuccess: changed,
  });
}

/**
 * Asks the grader model for a grade and follows its run to the end; then the grades are
 * read again (once per run).
 */
export function useAutoGrade(sessionId: string) {
  const [runId, setRunId] = useState<string | null>(null);
  const start = useStartRun(sessionId);
  const run = useRunStatus(runId);
  const changed = useGradeChanged(sessionId);
  const status = run.data?.status ?? (runId ? 'queued' : null);
  const finished = status !== null && TERMINAL_STATUSES.includes(status as RunStatus);
  const notified = useRef<string | null>(null);
  useEffect(() => {
    if (finished && runId && notified.current !== runId) {
      notified.current = runId;
      changed();
    }
  }, [finished, runId, changed]);
  return {
    start: () => start.mutate({ kind: 'grade' }, { onSuccess: (r) => setRunId(r.runId) }),
    status,
    runError: run.data?.error ?? null,
    startError: start.error,
    busy: start.isPending || (runId !== null && !finished),
  };
}

const rowsOf = (page: GradesOverview) => page.rows;

/** Graded sessions page by page, and the agreement figures (on the first); `batch` narrows to one import. */
export function useGradesOverview(batch?: string, q = '') {
  return useCursorList({
    queryKey: queryKeys.gradeOverview(batch, q),
    fetchPage: (cursor, signal) => api.grading.overview({ batch, q, cursor }, { signal }),
    itemsOf: rowsOf,
  });
}

/** Verifier mean against human grade, per graded session (the calibration view). */
export function useCalibration() {
  return useQuery({
    queryKey: queryKeys.calibration,
    queryFn: ({ signal }) => api.grading.calibration({ signal }),
  });
}
