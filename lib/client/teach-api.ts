import type {
  Agreement,
  GradeRow,
  Problem,
  ProblemImportResult,
  ProblemList,
  ReviewImportResult,
  ReviewItem,
  SessionGrade,
  Share,
} from '@/lib/schemas';
import { ApiError } from './api';

/** Like lib/client/api's `call`, but for any body type (CSV, JSONL) the caller passes. */
async function request<T>(url: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch {
    throw new ApiError('Proofdesk server is not reachable. Is it running?', 0);
  }
  const body = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    const message = body?.error?.message ?? `Request failed (${res.status})`;
    throw new ApiError(message, res.status, body?.error?.details);
  }
  return body as T;
}

const sendJson = (method: string, data: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(data),
});

const sendText = (text: string, type: string): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': type },
  body: text,
});

const enc = encodeURIComponent;

function query(params: Record<string, string | number | boolean | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Client calls for the library, review, grading, export and share features (issue 6). */
export const teachApi = {
  problems: (p: {
    q?: string;
    source?: string;
    level?: string;
    category?: string;
    limit?: number;
  }) => request<ProblemList>(`/api/problems${query(p)}`),
  problem: (id: string) => request<Problem>(`/api/problems/${enc(id)}`),
  importProblems: (text: string, type: string, skipInvalid = false) =>
    request<ProblemImportResult>(
      `/api/problems/import${query({ skipInvalid: skipInvalid ? 1 : undefined })}`,
      sendText(text, type),
    ),
  startFromProblem: (id: string) =>
    request<{ id: string }>(`/api/problems/${enc(id)}/sessions`, { method: 'POST' }),
  importReview: (text: string, format: string, dryRun: boolean, skipInvalid = false) =>
    request<ReviewImportResult>(
      `/api/review/import${query({ format, dryRun: dryRun ? 1 : undefined, skipInvalid: skipInvalid ? 1 : undefined })}`,
      sendText(text, 'application/x-ndjson'),
    ),
  reviewQueue: (p: { batch?: string; score?: string; unresolved?: boolean }) =>
    request<{ items: ReviewItem[] }>(
      `/api/review${query({ ...p, unresolved: p.unresolved ? 1 : undefined })}`,
    ),
  grade: (sessionId: string) => request<SessionGrade>(`/api/sessions/${enc(sessionId)}/grade`),
  setHumanGrade: (sessionId: string, points: number, rationale: string) =>
    request<SessionGrade>(
      `/api/sessions/${enc(sessionId)}/grade`,
      sendJson('PUT', { points, rationale }),
    ),
  startGrade: (sessionId: string) =>
    request<{ runId: string }>(
      `/api/sessions/${enc(sessionId)}/runs`,
      sendJson('POST', { kind: 'grade' }),
    ),
  runStatus: (runId: string) =>
    request<{ status: string; error: string | null }>(`/api/runs/${enc(runId)}`),
  grades: (batch?: string) =>
    request<{ rows: GradeRow[]; agreement: Agreement }>(`/api/grades${query({ batch })}`),
  shares: (sessionId: string) =>
    request<{ shares: Share[] }>(`/api/sessions/${enc(sessionId)}/share`),
  share: (sessionId: string) =>
    request<Share>(`/api/sessions/${enc(sessionId)}/share`, { method: 'POST' }),
  revokeShare: (token: string) => request<null>(`/api/shares/${enc(token)}`, { method: 'DELETE' }),
  importSession: (json: string) =>
    request<{ id: string }>('/api/sessions/import', sendText(json, 'application/json')),
};

export const teachKeys = {
  problems: (p: object) => ['problems', p] as const,
  problem: (id: string) => ['problem', id] as const,
  review: (p: object) => ['review', p] as const,
  grade: (sessionId: string) => ['grade', sessionId] as const,
  grades: (batch?: string) => ['grades', batch ?? null] as const,
  shares: (sessionId: string) => ['shares', sessionId] as const,
};
