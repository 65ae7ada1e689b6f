import { type RunStatus, TERMINAL_STATUSES } from '@/lib/schemas';

export type RunLiveInput = {
  runId: string | null;
  /** The run's summary in the session as rendered, if the session lists it yet. */
  summaryStatus: string | null;
  /** The run this page just started (the session may not list it yet). */
  startedRunId: string | null;
  /** Whether this page has seen the run end with its stored draft in the session. */
  endedHere: boolean;
};

/**
 * Whether the workbench treats a run as live (streamed text in the editor, the editor read
 * only). A run this page saw end stays ended: once the person types into its round, the
 * round no longer holds the draft as stored, and a session that does not list the run yet
 * must not make it live again (the editor would go read-only under their keys).
 */
export function isRunLive({ runId, summaryStatus, startedRunId, endedHere }: RunLiveInput) {
  if (!runId || endedHere) return false;
  if (summaryStatus !== null) return !TERMINAL_STATUSES.includes(summaryStatus as RunStatus);
  return startedRunId === runId;
}
