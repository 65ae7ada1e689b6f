import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { pushedStream } from '@/lib/async/pushed-stream';
import { NON_PAGE_CSP } from '@/lib/security/csp';
import { provideFastHandler } from './handlers';
import { fastRoutesInstalled, installFastRoutes } from './install';
import { PAGE_SHELL, RUN_EVENTS, SESSION_JSON } from './route-table';

/** A stand-in for `next start`'s server: one listener that answers everything "from Next". */
async function nextLikeServer() {
  const seen: string[] = [];
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'text/plain' }).end('from next');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, base, seen };
}

const servers: http.Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

async function installed() {
  const s = await nextLikeServer();
  servers.push(s.server);
  expect(installFastRoutes()).toBeGreaterThanOrEqual(1);
  return s;
}

describe('fast routes in front of Next', () => {
  it("answers a fast route with its handler, the security headers and a length; Next's listener never sees it", async () => {
    const got: { url: string; host: string | null; id: string }[] = [];
    provideFastHandler(SESSION_JSON, async (req, [id]) => {
      got.push({ url: req.url, host: req.headers.get('host'), id });
      return Response.json({ id }, { headers: { ETag: 'W/"1"' } });
    });
    const { base, seen } = await installed();
    const res = await fetch(`${base}/api/sessions/a%20b?x=1`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: 'a b' });
    expect(res.headers.get('content-security-policy')).toBe(NON_PAGE_CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('etag')).toBe('W/"1"');
    expect(res.headers.get('content-length')).toBe(String('{"id":"a b"}'.length));
    expect(got).toEqual([
      { url: `${base}/api/sessions/a%20b?x=1`, host: base.slice(7), id: 'a b' },
    ]);
    expect(seen).toEqual([]);
    expect(fastRoutesInstalled()).toBe(true);
  });

  it('leaves to Next what is not a GET of a fast route, and what a handler declines', async () => {
    provideFastHandler(SESSION_JSON, async () => Response.json({ fast: true }));
    provideFastHandler(PAGE_SHELL, async () => null);
    const { base, seen } = await installed();
    const texts = await Promise.all(
      [
        fetch(`${base}/api/sessions/import`),
        fetch(`${base}/api/sessions/abc`, { method: 'PATCH', body: '{}' }),
        fetch(`${base}/api/sessions/abc/runs`),
        fetch(`${base}/api/sessions/abc/`),
        fetch(`${base}/library`),
        fetch(`${base}/api/sessions/%E0%A4%A`),
      ].map(async (p) => (await p).text()),
    );
    expect(texts).toEqual(Array(6).fill('from next'));
    expect([...seen].sort()).toEqual(
      [
        'GET /api/sessions/import',
        'PATCH /api/sessions/abc',
        'GET /api/sessions/abc/runs',
        'GET /api/sessions/abc/',
        'GET /library',
        'GET /api/sessions/%E0%A4%A',
      ].sort(),
    );
  });

  it('streams an event stream as it is produced, and ends it when the client goes away', async () => {
    let push: (s: string) => void = () => {};
    let cancelled = false;
    let aborted = false;
    provideFastHandler(RUN_EVENTS, async (req) => {
      req.signal.addEventListener('abort', () => {
        aborted = true;
      });
      const body = new ReadableStream<Uint8Array>({
        start(c) {
          push = (s) => c.enqueue(new TextEncoder().encode(s));
          push('retry: 1000\n\n');
        },
        cancel() {
          cancelled = true;
        },
      });
      return new Response(body, { headers: { 'Content-Type': 'text/event-stream' } });
    });
    const { base } = await installed();
    const stop = new AbortController();
    const res = await fetch(`${base}/api/runs/r1/events`, { signal: stop.signal });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    expect(res.headers.get('content-length')).toBeNull();
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const text = async () => new TextDecoder().decode((await reader.read()).value);
    expect(await text()).toBe('retry: 1000\n\n');
    push('id: 1\ndata: {}\n\n');
    expect(await text()).toBe('id: 1\ndata: {}\n\n');
    stop.abort();
    await expect.poll(() => cancelled && aborted).toBe(true);
  });

  it('feeds a pushed event stream straight into the response, never through its web stream, and stops it when the client leaves', async () => {
    let push: (s: string) => void = () => {};
    const opened: string[] = [];
    let stopped = 0;
    let body: ReadableStream<Uint8Array> | null = null;
    provideFastHandler(RUN_EVENTS, async () => {
      body = pushedStream((sink) => {
        opened.push('open');
        push = (s) => sink.enqueue(new TextEncoder().encode(s));
        push('retry: 1000\n\n');
        return () => {
          stopped += 1;
        };
      });
      return new Response(body, { headers: { 'Content-Type': 'text/event-stream' } });
    });
    const { base } = await installed();
    const leave = new AbortController();
    const res = await fetch(`${base}/api/runs/r1/events`, { signal: leave.signal });
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const text = async () => new TextDecoder().decode((await reader.read()).value);
    expect(await text()).toBe('retry: 1000\n\n');
    push('id: 1\ndata: {}\n\n');
    expect(await text()).toBe('id: 1\ndata: {}\n\n');
    expect(opened).toEqual(['open']);
    expect((body as ReadableStream | null)?.locked).toBe(false); // no reader ever took it
    leave.abort();
    await expect.poll(() => stopped).toBe(1);
    push('id: 2\ndata: {}\n\n'); // after the client left: dropped, nothing thrown
    expect(stopped).toBe(1);
  });

  it('ends the response when a pushed stream closes itself', async () => {
    provideFastHandler(RUN_EVENTS, async () => {
      const body = pushedStream((sink) => {
        sink.enqueue(new TextEncoder().encode('id: 1\ndata: {"type":"status"}\n\n'));
        sink.close();
        return () => {};
      });
      return new Response(body, { headers: { 'Content-Type': 'text/event-stream' } });
    });
    const { base } = await installed();
    const res = await fetch(`${base}/api/runs/r1/events`);
    expect(await res.text()).toBe('id: 1\ndata: {"type":"status"}\n\n');
  });

  it('turns a handler that throws into a 500 with a JSON error, and keeps serving', async () => {
    let fail = true;
    provideFastHandler(SESSION_JSON, async () => {
      if (fail) throw new Error('boom');
      return Response.json({ ok: true });
    });
    const { base } = await installed();
    const res = await fetch(`${base}/api/sessions/x`);
    expect(res.status).toBe(500);
    expect((await res.json()).error.code).toBe('internal');
    fail = false;
    expect(await (await fetch(`${base}/api/sessions/x`)).json()).toEqual({ ok: true });
  });

  it('keeps every Set-Cookie and an empty answer empty', async () => {
    provideFastHandler(SESSION_JSON, async () => {
      const headers = new Headers();
      headers.append('Set-Cookie', 'a=1');
      headers.append('Set-Cookie', 'b=2');
      return new Response(null, { status: 304, headers });
    });
    const { base } = await installed();
    const res = await fetch(`${base}/api/sessions/x`);
    expect(res.status).toBe(304);
    expect(res.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
  });

  it('installs once per server, however often it is called', async () => {
    const { base, server } = await installed();
    installFastRoutes();
    expect(server.listeners('request')).toHaveLength(1);
    provideFastHandler(SESSION_JSON, async () => Response.json({ once: true }));
    expect(await (await fetch(`${base}/api/sessions/x`)).json()).toEqual({ once: true });
  });
});
