import type {
  Calibration,
  GradesOverview,
  GradesQuery,
  HumanGradeInput,
  SessionGrade,
} from '@/lib/schemas';
import { enc, queryString, type ReadOptions, type Send } from './request';

/** Grades out of 7: a session's automatic and human grades, and the overview of all. */
export const gradingApi = (send: Send) => ({
  session: (sessionId: string, o: ReadOptions = {}) =>
    send<SessionGrade>(`/api/sessions/${enc(sessionId)}/grade`, o),
  /** The person's grade; the automatic one is kept beside it. */
  setHuman: (sessionId: string, input: HumanGradeInput) =>
    send<SessionGrade>(`/api/sessions/${enc(sessionId)}/grade`, { method: 'PUT', json: input }),
  /** One page of graded sessions (searched, from `cursor`) and the agreement figures. */
  overview: (query: Partial<GradesQuery>, o: ReadOptions = {}) =>
    send<GradesOverview>(`/api/grades${queryString(query)}`, o),
  calibration: (o: ReadOptions = {}) => send<Calibration>('/api/grades/calibration', o),
  /** The CSV of every grade (a download link, not a fetch). */
  csvUrl: (batch?: string) => `/api/grades${queryString({ format: 'csv', batch })}`,
});
