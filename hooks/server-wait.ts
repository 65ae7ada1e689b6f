import type { RunView } from './use-run-stream';

/** The retry a running run waits for (a 429, a refused connection), or null: nothing streams meanwhile. */
export function waitingToRetry(view: RunView): RunView['retry'] {
  return view.status === 'running' ? view.retry : null;
}

/** Why a live draft run has nothing to stream: it waits to ask again, or for a free slot. */
export type ServerWait = 'retry' | 'slot' | null;

/**
 * What a single-request run (a draft, a report) waits for before anything streams: a retry
 * after a 429 or a refused connection, or a slot of the endpoint's limit. A run of many
 * requests (progress) keeps going while some of its requests wait, so it waits for nothing.
 */
export function waitingForModelServer(view: RunView): ServerWait {
  if (waitingToRetry(view)) return 'retry';
  const live = view.status === 'running' || view.status === 'queued';
  return live && view.slots && !view.progress ? 'slot' : null;
}
