import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, createApiClient } from '.';

/** What the server saw of the last request, to check what the client sends. */
type Seen = { method?: string; url?: string; type?: string; accept?: string; body: string };
let seen: Seen = { body: '' };

type Reply = (res: ServerResponse) => void;
const json =
  (status: number, body: unknown): Reply =>
  (res) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };

/** Each path answers the way some part of the stack really does. */
const ROUTES: Record<string, Reply> = {
  // lib/http's AppError → `{error: {code, message}}`
  '/api/sessions/missing': json(404, {
    error: { code: 'not_found', message: 'Session not found' },
  }),
  '/api/sessions/s1/runs': json(409, {
    error: {
      code: 'conflict',
      message: 'A run is already in progress in this session: stop it or wait for it.',
    },
  }),
  // The admission check (a foreign Host) answers before any route runs.
  '/api/settings': json(421, {
    error: { code: 'misdirected_request', message: 'Set PROOFDESK_ALLOWED_HOSTS' },
  }),
  // A proxy in front of the app, or a crash page: not Proofdesk's error shape.
  '/api/searches/s1': (res) => {
    res.writeHead(502, 'Bad Gateway', { 'Content-Type': 'text/html' });
    res.end('<html><body>upstream down</body></html>');
  },
  '/api/problems/p1': json(500, { message: 'not the error shape' }),
  '/api/shares/t1': (res) => {
    res.writeHead(204);
    res.end();
  },
  '/api/problems/import': json(201, { imported: 1, errors: [] }),
  '/api/findings/f1': json(200, { id: 'f1', decision: 'accepted' }),
  // Never answers: only an abort ends the request.
  '/api/runs/slow': () => {},
};

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen = {
        method: req.method,
        url: req.url,
        type: req.headers['content-type'],
        accept: req.headers.accept,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      const route = ROUTES[new URL(req.url ?? '/', 'http://x').pathname];
      (route ?? json(404, { error: { code: 'not_found', message: 'no such route' } }))(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function failure(p: Promise<unknown>): Promise<ApiError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ApiError);
  return err as ApiError;
}

describe('the API client against a real HTTP server', () => {
  it("gives the server's status, code and message as one ApiError", async () => {
    const api = createApiClient(base);
    const notFound = await failure(api.sessions.get('missing'));
    expect([notFound.status, notFound.code, notFound.message]).toEqual([
      404,
      'not_found',
      'Session not found',
    ]);
    const busy = await failure(api.runs.start('s1', { kind: 'verify' }));
    expect([busy.status, busy.code]).toEqual([409, 'conflict']);
    expect(busy.message).toMatch(/already in progress/);
    const misdirected = await failure(api.settings.models());
    expect([misdirected.status, misdirected.code]).toEqual([421, 'misdirected_request']);
  });

  it('names the status when the body is not an API error (a proxy page, another shape)', async () => {
    const api = createApiClient(base);
    const proxy = await failure(api.searches.get('s1'));
    expect([proxy.status, proxy.code, proxy.message]).toEqual([
      502,
      'http_error',
      'Request failed (502: Bad Gateway)',
    ]);
    const odd = await failure(api.library.get('p1'));
    expect([odd.status, odd.code]).toEqual([500, 'http_error']);
  });

  it('says the server is unreachable when nothing answers', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const err = await failure(createApiClient(`http://127.0.0.1:${port}`).sessions.get('s1'));
    expect([err.status, err.code]).toEqual([0, 'unreachable']);
    expect(err.message).toMatch(/not reachable/);
  });

  it('stops a request when its signal aborts', async () => {
    const controller = new AbortController();
    const pending = createApiClient(base).runs.get('slow', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const err = await failure(pending);
    expect([err.status, err.code, err.aborted]).toEqual([0, 'aborted', true]);
  });

  it('sends JSON with its type, typed text bodies as given, and reads the answer', async () => {
    const api = createApiClient(base);
    const finding = await api.sessions.decide('f1', { decision: 'accepted' });
    expect(finding).toEqual({ id: 'f1', decision: 'accepted' });
    expect(seen).toMatchObject({
      method: 'PATCH',
      url: '/api/findings/f1',
      type: 'application/json',
      accept: 'application/json',
    });
    expect(JSON.parse(seen.body)).toEqual({ decision: 'accepted' });

    const result = await api.library.importSet('Problem\n"Prove it."\n', 'text/csv');
    expect(result).toEqual({ imported: 1, errors: [] });
    expect(seen).toMatchObject({ method: 'POST', type: 'text/csv' });
    expect(seen.body).toBe('Problem\n"Prove it."\n');
  });

  it('encodes path parts and query strings, and reads an empty 204 as null', async () => {
    const api = createApiClient(base);
    await failure(api.sessions.get('a/b?c'));
    expect(seen.url).toBe('/api/sessions/a%2Fb%3Fc');
    await failure(api.review.queue({ batch: 'b 1', score: 'any', unresolved: true }));
    expect(seen.url).toBe('/api/review?batch=b+1&score=any&unresolved=true');
    expect(await api.sharing.revoke('t1')).toBeNull();
    expect(seen).toMatchObject({ method: 'DELETE', body: '' });
  });
});
