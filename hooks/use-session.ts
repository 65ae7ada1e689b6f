'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '@/lib/client';
import type {
  CreateSessionInput,
  LivePlacement,
  ServerFirstPage,
  SessionDetail,
  SessionList,
  SessionListQuery,
} from '@/lib/schemas';
import { NEW_ROUND } from '@/lib/sessions/new-round';
import { applySavedProof } from './apply-saved-proof';
import { queryKeys } from './query-keys';
import { useCursorList } from './use-cursor-list';

/** One session in full: problem, rounds with findings, runs, grades. */
export function useSession(sessionId: string) {
  return useQuery({
    queryKey: queryKeys.session(sessionId),
    queryFn: ({ signal }) => api.sessions.get(sessionId, { signal }),
  });
}

const sessionsOf = (page: SessionList) => page.sessions;

/** Home's list, page by page (`fetchNextPage` reads the next). */
export function useSessionList(
  query: Partial<SessionListQuery>,
  /** The first page of exactly this query, read by the server as it rendered the page. */
  initial?: ServerFirstPage<SessionList> | null,
) {
  return useCursorList({
    queryKey: queryKeys.sessionList(query),
    fetchPage: (cursor, signal) => api.sessions.list({ ...query, cursor }, { signal }),
    itemsOf: sessionsOf,
    initial,
  });
}

export function useCreateSession() {
  return useMutation({ mutationFn: (input: CreateSessionInput) => api.sessions.create(input) });
}

/** A session exported as JSON becomes a new session. */
export function useImportSessionJson() {
  return useMutation({ mutationFn: (json: string) => api.sessions.importJson(json) });
}

/** Reads and writes of the cached session, for hooks that change it from outside a query. */
export function useSessionCache(sessionId: string) {
  const qc = useQueryClient();
  const patch = useCallback(
    (fn: (s: SessionDetail) => SessionDetail) =>
      qc.setQueryData<SessionDetail>(queryKeys.session(sessionId), (s) => (s ? fn(s) : s)),
    [qc, sessionId],
  );
  const replace = useCallback(
    (s: SessionDetail) => qc.setQueryData(queryKeys.session(sessionId), s),
    [qc, sessionId],
  );
  /**
   * Drops a read of the session in flight: its answer left before what the caller is about
   * to put in the cache, and would overwrite it with the older state when it lands. Await it
   * before patching: the cancelled read puts the cache back as it was when it left.
   */
  const cancelReads = useCallback(
    () => qc.cancelQueries({ queryKey: queryKeys.session(sessionId) }),
    [qc, sessionId],
  );
  /** Marks the session stale and refetches it (not awaited by callers that must not wait). */
  const refresh = useCallback(
    () => qc.invalidateQueries({ queryKey: queryKeys.session(sessionId) }),
    [qc, sessionId],
  );
  return { patch, replace, refresh, cancelReads };
}

/** The session's problem statement, saved and put straight into the cache. */
export function useSaveProblem(sessionId: string) {
  const cache = useSessionCache(sessionId);
  return useMutation({
    mutationFn: (problem: string) => api.sessions.update(sessionId, { problem }),
    onSuccess: cache.replace,
  });
}

/**
 * Saves a person's edit of a round's proof and keeps the cached session in step: the new
 * text in place, or (when the edit made a new round) the session read again.
 */
export function useSaveProof(sessionId: string) {
  const { patch, refresh } = useSessionCache(sessionId);
  return useCallback(
    async (
      roundId: string,
      proof: string,
      placements: LivePlacement[],
      keepalive: boolean,
      base?: string,
    ) => {
      // The person's first draft of a session with no round yet becomes its first round.
      const saved =
        roundId === NEW_ROUND
          ? await api.sessions.writeRound(sessionId, proof, keepalive)
          : await api.sessions.saveProof(roundId, proof, placements, keepalive, base);
      if (saved.forked) void refresh();
      // The text and the places stored with it go in together: places older than the text
      // would draw findings lines away from their passages.
      else patch((s) => applySavedProof(s, roundId, proof, saved));
      return saved;
    },
    [sessionId, patch, refresh],
  );
}
