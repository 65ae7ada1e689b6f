/**
 * A run's event stream, opened the moment its start request is answered rather than after
 * the workbench has re-rendered for the new run (one React render, commit and paint later:
 * 40–80 ms on a busy 2-core machine, measured by bench:stream). With a fast model the first
 * tokens are already waiting on the server by then, so this is time to first token. Messages
 * that arrive before the view adopts the stream are kept and handed over in order.
 */

/** An early stream no view adopts (e.g. a grade run followed by polling) is closed after this. */
const ADOPT_WITHIN_MS = 15_000;

type Early = {
  es: EventSource;
  queued: MessageEvent[];
  keep: (m: MessageEvent) => void;
  timer: ReturnType<typeof setTimeout>;
};

const early = new Map<string, Early>();

/**
 * Opens `url` for `runId` now; `ready` is called once it opens or fails (whichever first),
 * with the stream (whoever adopts it later closes it when the run ends).
 */
export function openRunEventsEarly(
  runId: string,
  url: string,
  ready?: (es: EventSource) => void,
): void {
  if (early.has(runId)) return;
  const es = new EventSource(url);
  const entry: Early = {
    es,
    queued: [],
    keep: (m) => entry.queued.push(m),
    timer: setTimeout(() => {
      if (early.get(runId) !== entry) return;
      early.delete(runId);
      es.close();
    }, ADOPT_WITHIN_MS),
  };
  es.addEventListener('message', entry.keep);
  if (ready) {
    let called = false;
    const once = () => {
      if (!called) ready(es);
      called = true;
    };
    es.addEventListener('open', once, { once: true });
    es.addEventListener('error', once, { once: true });
  }
  early.set(runId, entry);
}

/**
 * The early stream of `runId`, if one is waiting, with the messages it received so far; it
 * stops queueing, and the caller now owns it (attach handlers, then process `queued` in the
 * same task, so no message can come between).
 */
export function adoptRunEvents(runId: string): { es: EventSource; queued: MessageEvent[] } | null {
  const entry = early.get(runId);
  if (!entry) return null;
  early.delete(runId);
  clearTimeout(entry.timer);
  entry.es.removeEventListener('message', entry.keep);
  return { es: entry.es, queued: entry.queued };
}
