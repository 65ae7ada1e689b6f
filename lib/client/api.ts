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

/**
 * An API error with the server's message, which is written for people, and its `details`
 * when it sent any (a refused import's invalid records): parse them with their schema.
 */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly details?: unknown,
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

/** Browsers refuse keepalive bodies over 64 KiB: larger ones go as an ordinary request. */
function withKeepalive(init: RequestInit, keepalive: boolean): RequestInit {
  const size = typeof init.body === 'string' ? init.body.length * 3 : 0;
  return keepalive && size < 60_000 ? { ...init, keepalive } : init;
}

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
  /**
   * Saves a person's edit; `roundId` in the answer is where it landed (a new round when the
   * edited one was verified). `keepalive` lets the request outlive the page (on `pagehide`).
   */
  saveProof: (roundId: string, proof: string, placements?: LivePlacement[], keepalive = false) =>
    call<{ saved: boolean; roundId: string; forked: boolean }>(
      `/api/rounds/${encodeURIComponent(roundId)}`,
      withKeepalive(json('PATCH', { proof, placements }), keepalive),
    ),
};

export const queryKeys = {
  sessions: ['sessions'] as const,
  session: (id: string) => ['session', id] as const,
};
