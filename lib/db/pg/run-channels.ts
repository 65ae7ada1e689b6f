import 'server-only';

/**
 * The Postgres notification channels that tie instances together (issue 18). Payloads stay
 * small: a run's events are read from `run_events`, never carried in a notification.
 */
/** `<runId>:<lastSeq>`, sent by the commit of each batch of a run's events. */
export const RUN_EVENTS_CHANNEL = 'proofdesk_run_events';
/** `<runId>`: whichever instance executes that run stops it. */
export const RUN_STOP_CHANNEL = 'proofdesk_run_stop';

export function runEventsPayload(runId: string, lastSeq: number): string {
  return `${runId}:${lastSeq}`;
}

/** The run and its last committed seq, or null for a payload this version does not know. */
export function parseRunEventsPayload(payload: string): { runId: string; lastSeq: number } | null {
  const at = payload.lastIndexOf(':');
  const lastSeq = Number(payload.slice(at + 1));
  if (at <= 0 || !Number.isSafeInteger(lastSeq)) return null;
  return { runId: payload.slice(0, at), lastSeq };
}
