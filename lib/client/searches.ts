import type {
  OpenedRound,
  ResumedSearch,
  SearchControlResult,
  SearchList,
  SearchView,
} from '@/lib/schemas';
import { enc, type ReadOptions, type Send } from './request';

/** Proof searches: a session's searches, one search's pool, and its controls. */
export const searchesApi = (send: Send) => ({
  list: (sessionId: string, o: ReadOptions = {}) =>
    send<SearchList>(`/api/sessions/${enc(sessionId)}/searches`, o),
  get: (searchId: string, o: ReadOptions = {}) =>
    send<SearchView>(`/api/searches/${enc(searchId)}`, o),
  /** Finishes the requests in flight, stores them, then pauses. */
  pause: (searchId: string) =>
    send<SearchControlResult>(`/api/searches/${enc(searchId)}/pause`, { method: 'POST' }),
  resume: (searchId: string) =>
    send<ResumedSearch>(`/api/searches/${enc(searchId)}/resume`, { method: 'POST' }),
  cancel: (searchId: string) =>
    send<SearchControlResult>(`/api/searches/${enc(searchId)}/cancel`, { method: 'POST' }),
  /** A proof of the pool (the best by default) becomes a session round. */
  openAsRound: (searchId: string, candidateId?: string) =>
    send<OpenedRound>(`/api/searches/${enc(searchId)}/open`, { json: { candidateId } }),
});
