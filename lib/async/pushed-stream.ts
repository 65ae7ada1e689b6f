import 'server-only';

/** Where a streamed body's chunks go, as its source produces them. */
export type FrameSink = { enqueue(bytes: Uint8Array): void; close(): void };

/**
 * A body that pushes its chunks (an event stream): `open` starts it and returns how to stop
 * it (the client went away). It may call `sink.close()` itself when it is over.
 */
export type PushSource = (sink: FrameSink) => () => void;

/**
 * Keyed on globalThis: the route modules that make these streams and the fast listener that
 * feeds responses from them (installed by instrumentation.ts) are bundled apart, each with
 * its own copy of this module. A map per copy left every stream unknown to the listener, so
 * it read each one through a web-stream reader after all.
 */
const key = Symbol.for('proofdesk.pushSources');
type G = typeof globalThis & { [key]?: WeakMap<ReadableStream<Uint8Array>, PushSource> };
const g = globalThis as G;
g[key] ??= new WeakMap();
const sources = g[key];

/**
 * A web stream over a push source, for Next (which reads a route's body through a reader),
 * that a Node response can instead be fed from directly (`pushSourceOf`): no reader, no
 * promise and no queue per chunk, which for an SSE reader is a chunk every tick. The source
 * is opened only when the stream is first read (a high-water mark of 0: nothing is pulled
 * ahead), so a stream that is fed directly is never opened as a web stream too.
 */
export function pushedStream(source: PushSource, signal?: AbortSignal): ReadableStream<Uint8Array> {
  let stop: (() => void) | null = null;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (stop) return;
        let closed = false;
        const end = () => {
          if (closed) return;
          closed = true;
          signal?.removeEventListener('abort', end);
          stop?.();
          try {
            controller.close();
          } catch {}
        };
        stop = source({
          enqueue: (bytes) => {
            if (!closed) controller.enqueue(bytes);
          },
          close: end,
        });
        if (closed) stop();
        else if (signal?.aborted) end();
        else signal?.addEventListener('abort', end);
      },
      cancel() {
        stop?.();
      },
    },
    { highWaterMark: 0 },
  );
  sources.set(stream, source);
  return stream;
}

/** The push source behind a body made by `pushedStream`, if it is one. */
export function pushSourceOf(body: ReadableStream<Uint8Array> | null): PushSource | undefined {
  return body ? sources.get(body) : undefined;
}
