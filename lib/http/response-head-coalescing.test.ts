import http, { ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { coalesceResponseHeads } from './response-head-coalescing';

/** A response class of the test's own, so the global ServerResponse stays as it is. */
class TestResponse extends ServerResponse {}

/** Counts the socket writes (syscalls) per response, the way Next writes one: head, chunk, end. */
async function serve(patched: boolean, write: (res: ServerResponse) => Promise<void>) {
  const proto = class extends TestResponse {}.prototype;
  if (patched) coalesceResponseHeads(proto);
  const writes: number[] = [];
  const server = http.createServer(
    { ServerResponse: proto.constructor as typeof ServerResponse },
    async (_req, res) => {
      const socket = res.socket as Socket & { _writeGeneric: (...a: unknown[]) => unknown };
      const generic = socket._writeGeneric;
      let n = 0;
      socket._writeGeneric = function (...args: unknown[]) {
        n++;
        return generic.apply(this, args);
      };
      res.on('finish', () => writes.push(n));
      await write(res);
    },
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { url, writes, close: () => new Promise((r) => server.close(r)) };
}

/**
 * What Next's pipe (next/dist/server/pipe-readable) does with a route's answer: the web body
 * piped into a WritableStream that flushes the head at the first chunk, writes, then ends.
 */
async function nextStyle(res: ServerResponse) {
  res.setHeader('Content-Type', 'application/json');
  const body = new Response('{"ready":true}').body as ReadableStream<Uint8Array>;
  let started = false;
  await body.pipeTo(
    new WritableStream({
      write(chunk) {
        if (!started) res.flushHeaders();
        started = true;
        res.write(chunk);
      },
      close() {
        res.end();
      },
    }),
  );
}

let open: { close: () => Promise<unknown> } | undefined;
afterEach(async () => {
  await open?.close();
  open = undefined;
});

describe('coalesceResponseHeads', () => {
  it('sends the head with the first body bytes: one write instead of two, same bytes', async () => {
    const plain = await serve(false, nextStyle);
    open = plain;
    const plainRes = await fetch(plain.url);
    const plainBody = await plainRes.text();
    await plain.close();
    const patched = await serve(true, nextStyle);
    open = patched;
    const res = await fetch(patched.url);
    expect(await res.text()).toBe(plainBody);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(plain.writes).toEqual([2]);
    expect(patched.writes).toEqual([1]);
  });

  it('still sends the head at once when no body follows yet (an SSE stream)', async () => {
    let finish = () => {};
    const patched = await serve(true, async (res) => {
      res.setHeader('Content-Type', 'text/event-stream');
      res.flushHeaders();
      await new Promise<void>((r) => {
        finish = r;
      });
      res.end('data: done\n\n');
    });
    open = patched;
    // fetch resolves on the head: it arrives while the body is still being waited for.
    const res = await fetch(patched.url);
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    finish();
    expect(await res.text()).toBe('data: done\n\n');
  });
});
