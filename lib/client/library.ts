import type {
  CreatedSession,
  Problem,
  ProblemImportResult,
  ProblemList,
  ProblemQuery,
} from '@/lib/schemas';
import { enc, queryString, type ReadOptions, type Send } from './request';

/** The problem library: searching it, reading a problem, importing sets, starting a session. */
export const libraryApi = (send: Send) => ({
  search: (query: Partial<ProblemQuery>, o: ReadOptions = {}) =>
    send<ProblemList>(`/api/problems${queryString(query)}`, o),
  get: (problemId: string, o: ReadOptions = {}) =>
    send<Problem>(`/api/problems/${enc(problemId)}`, o),
  /**
   * A CSV (`text/csv`) or JSON / JSON Lines problem set: all or nothing, unless the person
   * chose to import the valid records and skip the invalid ones (`skipInvalid`).
   */
  importSet: (text: string, type: string, skipInvalid = false) =>
    send<ProblemImportResult>(
      `/api/problems/import${queryString({ skipInvalid: skipInvalid ? 1 : undefined })}`,
      { text: { body: text, type } },
    ),
  startSession: (problemId: string) =>
    send<CreatedSession>(`/api/problems/${enc(problemId)}/sessions`, { method: 'POST' }),
});
