import type {
  PipelineSettings,
  PipelineSettingsPatch,
  SampleDetail,
  SearchView,
  SessionUsage,
} from '@/lib/schemas';
import { call } from './api';

const enc = encodeURIComponent;
const post = (data?: unknown): RequestInit => ({
  method: 'POST',
  body: JSON.stringify(data ?? {}),
});

/** The pipeline endpoints of issue 5: settings, samples, usage and searches. */
export const pipelineApi = {
  settings: (sessionId: string, patch: PipelineSettingsPatch) =>
    call<PipelineSettings>(`/api/sessions/${enc(sessionId)}/pipeline`, {
      method: 'PATCH',
      body: JSON.stringify(patch),
    }),
  usage: (sessionId: string) => call<SessionUsage>(`/api/sessions/${enc(sessionId)}/usage`),
  sample: (id: string) => call<SampleDetail>(`/api/samples/${enc(id)}`),
  searches: (sessionId: string) =>
    call<{ searches: { id: string; status: string; createdAt: number }[] }>(
      `/api/sessions/${enc(sessionId)}/searches`,
    ),
  search: (id: string) => call<SearchView>(`/api/searches/${enc(id)}`),
  pauseSearch: (id: string) => call<{ ok: boolean }>(`/api/searches/${enc(id)}/pause`, post()),
  cancelSearch: (id: string) => call<{ ok: boolean }>(`/api/searches/${enc(id)}/cancel`, post()),
  resumeSearch: (id: string) => call<{ runId: string }>(`/api/searches/${enc(id)}/resume`, post()),
  openAsRound: (id: string, candidateId?: string) =>
    call<{ roundId: string }>(`/api/searches/${enc(id)}/open`, post({ candidateId })),
};

export const pipelineKeys = {
  usage: (sessionId: string) => ['usage', sessionId] as const,
  searches: (sessionId: string) => ['searches', sessionId] as const,
  search: (id: string) => ['search', id] as const,
  sample: (id: string) => ['sample', id] as const,
};
