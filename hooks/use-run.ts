'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '@/lib/client';
import { type CreateRunRequest, type RunStatus, TERMINAL_STATUSES } from '@/lib/schemas';
import { openRunEventsEarly } from './early-run-events';
import { queryKeys } from './query-keys';
import { useSessionCache } from './use-session';

/** Kinds that work on a round: they take the round the editor's proof is in at the click. */
const ROUND_KINDS: ReadonlySet<CreateRunRequest['kind']> = new Set([
  'verify',
  'refine',
  'meta-verify',
  'autopilot',
]);

/** How long after a new run's stream opens the session is read again (see useStartRun). */
const SESSION_READ_DELAY_MS = 400;

/**
 * Starts a run of any kind. `prepare` saves the editor's pending edit first and resolves to
 * the round that holds the proof now (a new one when the edited round was verified): a run
 * reads the proof as the editor shows it at the click.
 */
export function useStartRun(sessionId: string, prepare?: () => Promise<string | null | undefined>) {
  const { refresh } = useSessionCache(sessionId);
  return useMutation({
    mutationFn: async (input: CreateRunRequest) => {
      const at = prepare ? await prepare() : null;
      const body = at && ROUND_KINDS.has(input.kind) ? { ...input, roundId: at } : input;
      return api.runs.start(sessionId, body as CreateRunRequest);
    },
    // The run's event stream opens now, before the caller's onSuccess re-renders the
    // workbench for it (which then adopts this stream). The session is read again only
    // SESSION_READ_DELAY_MS after that stream is open: its answer re-renders the whole
    // workbench in one urgent render, and with a fast model that render landed just as the
    // first tokens arrived (bench:stream: the first token drawn 44–64 ms after its event
    // with it, 23–33 ms without). Nothing is awaited: a returned promise would hold back the
    // caller's onSuccess.
    onSuccess: (r) => {
      openRunEventsEarly(r.runId, api.runs.eventsUrl(r.runId), (es) =>
        setTimeout(() => {
          // A run already over has been read again when it ended; a second, late read
          // re-rendered the findings under a person already deciding on them.
          if (es.readyState !== EventSource.CLOSED) void refresh();
        }, SESSION_READ_DELAY_MS),
      );
    },
    onError: () => {
      void refresh();
    },
  });
}

export function useStopRun() {
  return useMutation({ mutationFn: (runId: string) => api.runs.stop(runId) });
}

/**
 * What a run changes, read again: the session (rounds, findings, runs) and its searches.
 * Called when a followed run ends, and whenever a multi-step run reports a change.
 */
export function useRunChangedRefresh(sessionId: string) {
  const qc = useQueryClient();
  return useCallback(() => {
    void qc.invalidateQueries({ queryKey: queryKeys.session(sessionId) });
    void qc.invalidateQueries({ queryKey: queryKeys.searches(sessionId) });
  }, [qc, sessionId]);
}

/** A run's stored text and reasoning; read once per status (never while `enabled` is false). */
export function useStoredRunText(runId: string | null, status: string | null, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.runText(runId ?? '', status),
    queryFn: ({ signal }) => api.runs.get(runId as string, { signal }),
    select: (run) => ({ text: run.text, reasoning: run.reasoning }),
    enabled: !!runId && enabled,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

const ended = (status: string | undefined) =>
  !!status && TERMINAL_STATUSES.includes(status as RunStatus);

/** A short run's status, polled until it ends (simpler than a second event stream). */
export function useRunStatus(runId: string | null, intervalMs = 700) {
  return useQuery({
    queryKey: queryKeys.runStatus(runId ?? ''),
    queryFn: ({ signal }) => api.runs.get(runId as string, { signal }),
    select: (run) => ({ status: run.status, error: run.error }),
    enabled: runId !== null,
    refetchInterval: (q) => (ended(q.state.data?.status) ? false : intervalMs),
  });
}

/**
 * One verifier sample's report, fetched when it is opened; `rated` (its meta mark) changes
 * when a meta-verifier rates it, and the report is read again.
 */
export function useSample(sampleId: string, rated: string) {
  return useQuery({
    queryKey: queryKeys.sample(sampleId, rated),
    queryFn: ({ signal }) => api.runs.sample(sampleId, { signal }),
  });
}
