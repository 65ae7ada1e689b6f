import type { GradesOverview, HumanGradeInput, SessionGrade } from '@/lib/schemas';
import { enc, queryString, type Send } from './request';

type Options = { signal?: AbortSignal };

/** Grades out of 7: a session's automatic and human grades, and the overview of all. */
export const gradingApi = (send: Send) => ({
  session: (sessionId: string, o: Options = {}) =>
    send<SessionGrade>(`/api/sessions/${enc(sessionId)}/grade`, o),
  /** The person's grade; the automatic one is kept beside it. */
  setHuman: (sessionId: string, input: HumanGradeInput) =>
    send<SessionGrade>(`/api/sessions/${enc(sessionId)}/grade`, { method: 'PUT', json: input }),
  overview: (batch?: string, o: Options = {}) =>
    send<GradesOverview>(`/api/grades${queryString({ batch })}`, o),
  /** The CSV of every grade (a download link, not a fetch). */
  csvUrl: (batch?: string) => `/api/grades${queryString({ format: 'csv', batch })}`,
});
