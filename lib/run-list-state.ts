import { inferEnd, runOutcome } from '@/lib/run-outcome';
import type { RunEnd, RunProgress, RunStatus, SessionListQuery } from '@/lib/schemas';

/** A run's state as home's filter names it: every filter value but `any` and `never-run`. */
export type RunListState = Exclude<SessionListQuery['state'], 'any' | 'never-run'>;

/**
 * The filter follows what the list shows, so the tone comes from `runOutcome` alone: "Done"
 * (`succeeded`) is a run shown green, a run that finished without passing (a warning, or
 * neutral) is "Not passed", one whose every request failed is "Failed". Stored with every
 * status (`runs.list_state`), so the filter is a column on both backends.
 */
export function runListState(status: RunStatus, end: RunEnd | null): RunListState {
  if (status === 'queued' || status === 'running') return 'running';
  if (status === 'stopped' || status === 'interrupted') return 'stopped';
  if (status === 'failed') return 'failed';
  const { tone } = runOutcome({ status, end });
  if (tone === 'success') return 'succeeded';
  return tone === 'danger' ? 'failed' : 'not-passed';
}

/** Why a finished multi-step run ended, from its last progress (older runs: its words). */
export function endOfProgress(progress: RunProgress | null): RunEnd | null {
  if (!progress) return null;
  return progress.end ?? inferEnd(progress.outcome);
}

/** The same from a progress event as stored (JSON text). */
export function endOfProgressEvent(progressEvent: string | null): RunEnd | null {
  if (!progressEvent) return null;
  return endOfProgress((JSON.parse(progressEvent) as { progress: RunProgress }).progress);
}
