import type { ServerResponse } from 'node:http';

/** Resolves after `ms`, or early (without error) when `signal` aborts: the client left. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted || ms <= 0) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Writes and waits for the socket to drain when its buffer is full (backpressure). */
export function write(res: ServerResponse, data: string, signal: AbortSignal): Promise<void> {
  if (res.write(data) || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      signal.removeEventListener('abort', done);
      resolve();
    };
    res.on('drain', done);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Writes and waits until the bytes were handed to the OS, so a following destroy keeps them. */
export function writeFlushed(res: ServerResponse, data: string): Promise<void> {
  return new Promise((resolve) => res.write(data, () => resolve()));
}

/** Waits `ms`, sending an SSE comment every `everyMs` (0 = stay fully silent). */
export async function silence(
  res: ServerResponse,
  ms: number,
  everyMs: number,
  signal: AbortSignal,
  comment = ': keepalive\n\n',
): Promise<void> {
  const end = Date.now() + ms;
  while (!signal.aborted && Date.now() < end) {
    const left = end - Date.now();
    await pause(everyMs > 0 ? Math.min(everyMs, left) : left, signal);
    if (everyMs > 0 && Date.now() < end) await write(res, comment, signal);
  }
}
