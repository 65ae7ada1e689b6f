import type { ProblemQuery, ReviewQuery, SessionListQuery } from '@/lib/schemas';

/**
 * Every query key of the app, in one place. A key's first element names what it caches, so a
 * prefix (`['review']`) reaches every filtered variant of it when it must be refetched.
 */
export const queryKeys = {
  /** Home's session lists, whatever their filters. */
  sessionLists: ['sessions'] as const,
  sessionList: (query: Partial<SessionListQuery>) => ['sessions', query] as const,
  session: (id: string) => ['session', id] as const,
  /** With its status in the key, a run read while it ran is read again once it ended. */
  runText: (runId: string, status: string | null) => ['run-text', runId, status] as const,
  /** A run polled until it ends (a grade is one short request). */
  runStatus: (runId: string) => ['run-status', runId] as const,
  sample: (sampleId: string, rated: string) => ['sample', sampleId, rated] as const,
  /** `version` changes whenever the session's runs change, so usage is read again then. */
  usage: (sessionId: string, version: string) => ['usage', sessionId, version] as const,
  searches: (sessionId: string) => ['searches', sessionId] as const,
  search: (searchId: string) => ['search', searchId] as const,
  problemLists: ['problems'] as const,
  problemList: (filters: Partial<ProblemQuery>) => ['problems', filters] as const,
  problem: (id: string) => ['problem', id] as const,
  reviewQueues: ['review'] as const,
  /** A web bulk import, polled while it runs. */
  importJob: (jobId: string) => ['import-job', jobId] as const,
  reviewQueue: (filters: Partial<ReviewQuery>) => ['review', filters] as const,
  grade: (sessionId: string) => ['grade', sessionId] as const,
  /** Every grades overview, for any batch. */
  gradeOverviews: ['grades'] as const,
  gradeOverview: (batch?: string, q = '') => ['grades', batch ?? null, q] as const,
  /** Under `gradeOverviews`, so a changed grade refreshes the calibration view too. */
  calibration: ['grades', 'calibration'] as const,
  rubric: (problemId: string) => ['rubric', problemId] as const,
  shares: (sessionId: string) => ['shares', sessionId] as const,
  modelSettings: ['settings'] as const,
  promptSettings: ['settings', 'prompts'] as const,
  promptText: (sessionId: string, hash: string) => ['prompt-text', sessionId, hash] as const,
};
