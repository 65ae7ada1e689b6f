import type {
  CreateRunRequest,
  CreateSessionInput,
  DecisionPatch,
  Finding,
  LivePlacement,
  SessionDetail,
  SessionListQuery,
  SessionSummary,
} from '@/lib/schemas';

/** An API error with the server's message, which is written for people. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export async function call<T>(url: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      ...init,
      headers: init?.body ? { 'Content-Type': 'application/json', ...init.headers } : init?.headers,
    });
  } catch {
    throw new ApiError('Proofdesk server is not reachable. Is it running?', 0);
  }
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    throw new ApiError(body?.error?.message ?? `Request failed (${res.status})`, res.status);
  }
  return body as T;
}

const json = (method: string, data: unknown): RequestInit => ({
  method,
  body: JSON.stringify(data),
});

export const api = {
  listSessions: (query: Partial<SessionListQuery> = {}) =>
    call<{ sessions: SessionSummary[] }>(
      `/api/sessions?${new URLSearchParams(
        Object.entries(query).filter((e): e is [string, string] => !!e[1]),
      )}`,
    ),
  createSession: (input: CreateSessionInput) =>
    call<{ id: string }>('/api/sessions', json('POST', input)),
  getSession: (id: string) => call<SessionDetail>(`/api/sessions/${encodeURIComponent(id)}`),
  updateSession: (id: string, patch: { problem?: string; title?: string }) =>
    call<SessionDetail>(`/api/sessions/${encodeURIComponent(id)}`, json('PATCH', patch)),
  startRun: (sessionId: string, input: CreateRunRequest) =>
    call<{ runId: string; roundId: string }>(
      `/api/sessions/${encodeURIComponent(sessionId)}/runs`,
      json('POST', input),
    ),
  stopRun: (runId: string) =>
    call<{ stopping: boolean }>(`/api/runs/${encodeURIComponent(runId)}/stop`, { method: 'POST' }),
  decide: (findingId: string, patch: DecisionPatch) =>
    call<Finding>(`/api/findings/${encodeURIComponent(findingId)}`, json('PATCH', patch)),
  saveProof: (roundId: string, proof: string, placements?: LivePlacement[]) =>
    call<{ saved: boolean }>(
      `/api/rounds/${encodeURIComponent(roundId)}`,
      json('PATCH', { proof, placements }),
    ),
};

export const queryKeys = {
  sessions: ['sessions'] as const,
  session: (id: string) => ['session', id] as const,
};
