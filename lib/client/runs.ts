import type {
  CreateRunRequest,
  RunDetail,
  SampleDetail,
  StartedRun,
  StoppedRun,
} from '@/lib/schemas';
import { enc, type ReadOptions, type Send } from './request';

/** Runs: starting and stopping model work, reading a run, its event stream, its samples. */
export const runsApi = (send: Send, baseUrl = '') => ({
  /** Generate, verify, refine, meta-verify, autopilot, search or grade. */
  start: (sessionId: string, input: CreateRunRequest) =>
    send<StartedRun>(`/api/sessions/${enc(sessionId)}/runs`, { json: input }),
  /** Aborts the upstream request (which is what stops vLLM/Ollama); the partial is kept. */
  stop: (runId: string) => send<StoppedRun>(`/api/runs/${enc(runId)}/stop`, { method: 'POST' }),
  get: (runId: string, o: ReadOptions = {}) => send<RunDetail>(`/api/runs/${enc(runId)}`, o),
  /** The run's SSE stream (for EventSource, which reconnects with Last-Event-ID itself). */
  eventsUrl: (runId: string) => `${baseUrl}/api/runs/${enc(runId)}/events`,
  /** One verifier sample's full report and its meta-verification. */
  sample: (sampleId: string, o: ReadOptions = {}) =>
    send<SampleDetail>(`/api/samples/${enc(sampleId)}`, o),
});
