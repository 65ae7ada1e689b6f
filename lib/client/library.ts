import type {
  CreatedSession,
  Problem,
  ProblemImportResult,
  ProblemList,
  ProblemQuery,
  Rubric,
  RubricDraft,
  StoredRubric,
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
  rubric: (problemId: string, o: ReadOptions = {}) =>
    send<StoredRubric>(`/api/problems/${enc(problemId)}/rubric`, o),
  /** 400 when the checkpoints add up to more than 7. */
  saveRubric: (problemId: string, rubric: Rubric) =>
    send<StoredRubric>(`/api/problems/${enc(problemId)}/rubric`, { method: 'PUT', json: rubric }),
  removeRubric: (problemId: string) =>
    send<StoredRubric>(`/api/problems/${enc(problemId)}/rubric`, { method: 'DELETE' }),
  /** The grader model's draft, to edit; nothing is stored. */
  draftRubric: (problemId: string) =>
    send<RubricDraft>(`/api/problems/${enc(problemId)}/rubric/draft`, { method: 'POST' }),
  startSession: (problemId: string) =>
    send<CreatedSession>(`/api/problems/${enc(problemId)}/sessions`, { method: 'POST' }),
});
