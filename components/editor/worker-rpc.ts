'use client';

/** What a worker answers: the id of the request it answers, and a result or an error. */
export type WorkerReply = { id: number; error?: string };

/**
 * Request/response over one lazily started Web Worker. The worker's script is fetched from the
 * server when first used, so it can fail to load: the server restarted or was redeployed with
 * new chunk names while the page stayed open. Then every waiting call fails with a clear
 * error instead of waiting forever, the failure is handled here rather than surfacing as an
 * uncaught error in the page, and the next call starts a fresh worker.
 */
export function workerRpc<Req extends object, Res extends WorkerReply>(
  start: () => Worker,
  what: string,
): (request: Req) => Promise<Res> {
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (r: Res) => void; reject: (e: Error) => void }>();

  const failAll = () => {
    const calls = [...waiting.values()];
    waiting.clear();
    const message = `${what} could not start in this page: its script did not load from the server`;
    for (const call of calls) call.reject(new Error(message));
  };

  const get = (): Worker => {
    if (worker) return worker;
    const w = start();
    w.onmessage = (e: MessageEvent<Res>) => {
      const call = waiting.get(e.data.id);
      waiting.delete(e.data.id);
      if (!call) return;
      if (e.data.error) call.reject(new Error(e.data.error));
      else call.resolve(e.data);
    };
    w.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      w.terminate();
      if (worker === w) worker = null;
      // The browser's own message (e.g. importScripts' NetworkError) is for developers.
      console.warn(`${what}: worker failed`, e.message);
      failAll();
    };
    worker = w;
    return w;
  };

  return (request) =>
    new Promise<Res>((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      get().postMessage({ ...request, id });
    });
}
