import 'server-only';
import type { ServerResponse } from 'node:http';
import { type PushSource, pushSourceOf } from '@/lib/async/pushed-stream';
import { chunkWriter } from './chunk-writer';

type Header = { key: string; value: string };

/** Waits until the socket takes more, or the client has gone (then there is no one to wait for). */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/**
 * Writes a route handler's `Response` to Node's response, with `extra` headers first (the
 * security headers Next's config would add). An event stream goes out chunk by chunk as
 * the handler produces it, each in one socket write with its chunk framing; any other body
 * is read whole and sent with its length, head and body in one write. When the client goes
 * away the body is cancelled, which ends the handler's stream (its subscriptions, timers).
 * A pushed event stream (a run's events) is fed straight into the response, without its
 * web stream: a reader gets a write per tick, framed once for all readers (chunk-writer.ts),
 * and nothing else per chunk.
 */
export async function sendResponse(
  res: ServerResponse,
  response: Response,
  extra: readonly Header[],
): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  for (const { key, value } of extra) headers[key] = value;
  for (const [key, value] of response.headers) if (key !== 'set-cookie') headers[key] = value;
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookies;
  const body = response.body;
  if (!body) {
    res.writeHead(response.status, headers).end();
    return;
  }
  if (!response.headers.get('content-type')?.startsWith('text/event-stream')) {
    const bytes = Buffer.from(await response.arrayBuffer());
    headers['content-length'] = String(bytes.length);
    res.writeHead(response.status, headers).end(bytes);
    return;
  }
  res.writeHead(response.status, headers);
  const push = pushSourceOf(body);
  if (push) {
    feedDirectly(res, push);
    return;
  }
  const reader = body.getReader();
  const cancel = () => {
    reader.cancel().catch(() => {});
  };
  res.once('close', cancel);
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) finished = true;
      if (done || res.destroyed) break;
      if (!res.write(value)) await drained(res);
    }
  } finally {
    res.off('close', cancel);
    if (!finished) cancel();
    res.end();
  }
}

/**
 * Writes each chunk the source pushes as it comes; ends the response when the source is
 * over, and stops the source when the client goes away. Like the web stream it replaces, the
 * source is not slowed by a client that reads slowly: the socket's buffer holds what waits.
 */
function feedDirectly(res: ServerResponse, open: PushSource): void {
  let over = false;
  const write = chunkWriter(res) ?? ((bytes: Uint8Array) => res.write(bytes));
  const stop = open({
    enqueue: (bytes) => {
      if (!over && !res.destroyed) write(bytes);
    },
    close: () => {
      if (over) return;
      over = true;
      res.off('close', gone);
      res.end();
    },
  });
  function gone() {
    if (over) return;
    over = true;
    stop();
  }
  if (over) stop();
  else if (res.destroyed) gone();
  else res.once('close', gone);
}
