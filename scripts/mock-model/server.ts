import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleChat } from './chat-handler';
import { ControlState } from './control-state';
import { readJsonBody, sendError, sendJson } from './http-utils';
import { InFlight } from './in-flight';
import type { WireProfileId } from './profiles/wire-profiles';
import { RequestLog } from './request-log';
import { SCENARIOS } from './scenario';
import { Taps } from './tap';

export type MockModelServer = {
  /** `http://host:port`, without a path. */
  url: string;
  /** The OpenAI base URL to configure: `${url}/v1`. */
  baseURL: string;
  port: number;
  close(): Promise<void>;
};

type Deps = { state: ControlState; log: RequestLog; taps: Taps; inFlight: InFlight };

function modelList() {
  return {
    object: 'list',
    data: SCENARIOS.map((s) => ({
      id: s === 'default' ? 'mock' : `mock-${s}`,
      object: 'model',
      created: 0,
      owned_by: 'proofdesk-mock',
    })),
  };
}

async function route(req: IncomingMessage, res: ServerResponse, deps: Deps): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://mock');
  const path = url.pathname.replace(/\/+$/, '');
  const key = `${req.method} ${path}`;
  if (key === 'POST /v1/chat/completions' || key === 'POST /chat/completions') {
    deps.inFlight.enter(res);
    return handleChat(req, res, deps);
  }
  if (key === 'GET /v1/models' || key === 'GET /models') return sendJson(res, 200, modelList());
  if (key === 'GET /__log') return sendJson(res, 200, deps.log.list());
  if (key === 'GET /__sends') return sendJson(res, 200, deps.log.sendTimelines());
  if (key === 'GET /__stats') return sendJson(res, 200, deps.inFlight.stats());
  if (key === 'GET /__tap') return deps.taps.open(res, url.searchParams.get('match') ?? '');
  if (key === 'GET /__control') return sendJson(res, 200, deps.state.current());
  if (key === 'POST /__control') {
    const body = await readJsonBody(req);
    const error =
      body && typeof body === 'object' && !Array.isArray(body)
        ? deps.state.set(body as Record<string, unknown>)
        : 'body must be a JSON object';
    return error ? sendError(res, 400, error) : sendJson(res, 200, deps.state.current());
  }
  if (key === 'POST /__reset') {
    deps.state.reset();
    deps.log.clear();
    deps.inFlight.reset();
    return sendJson(res, 200, { ok: true });
  }
  sendError(res, 404, `No route ${req.method} ${path} on the mock model server.`);
}

/**
 * Starts the scripted OpenAI-compatible model server (see main.ts for the scenarios).
 * Port 0 picks a free port. A client that disconnects only ends its own response.
 */
export async function startMockModelServer(
  opts: { port?: number; host?: string; profile?: WireProfileId | null } = {},
): Promise<MockModelServer> {
  const deps: Deps = {
    state: new ControlState(opts.profile ?? null),
    log: new RequestLog(),
    taps: new Taps(),
    inFlight: new InFlight(),
  };
  const server = createServer((req, res) => {
    res.on('error', () => {}); // a write to a closed socket is the client's business
    route(req, res, deps).catch((err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      if (res.headersSent) res.destroy();
      else sendError(res, err instanceof SyntaxError ? 400 : 500, message);
    });
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    url,
    baseURL: `${url}/v1`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
