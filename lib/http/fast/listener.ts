import 'server-only';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { securityHeadersFor } from '@/lib/security/response-headers';
import { type FastHandler, fastHandler } from './handlers';
import { type FastMatch, matchFastRoute } from './route-table';
import { sendResponse } from './send-response';
import { webRequestOf } from './web-request';

/**
 * A request listener that answers the fast routes itself and passes everything else, unchanged, to
 * `next` (Next's own listener). What it saves is Next's machinery per request — routing,
 * the web-stream plumbing around each response — about 1.5 ms of CPU even for a static file
 * (bench/request-cost.ts), paid by every reader that opens a page, its JSON or its stream.
 */
export function fastListener(next: RequestListener): RequestListener {
  return function listener(this: unknown, req, res) {
    const url = req.url ?? '';
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    const match = url.startsWith('/') ? matchFastRoute(req.method, path) : null;
    const handler = match && fastHandler(match.route.name);
    if (!match || !handler) return next.call(this, req, res);
    void answer(match, handler, path, req, res, () => next.call(this, req, res));
  };
}

async function answer(
  match: FastMatch,
  handler: FastHandler,
  path: string,
  req: IncomingMessage,
  res: ServerResponse,
  toNext: () => void,
): Promise<void> {
  const gone = new AbortController();
  const onClose = () => {
    if (!res.writableFinished) gone.abort();
  };
  res.once('close', onClose);
  const request = webRequestOf(req, gone.signal);
  try {
    const response = request && (await handler(request, match.params));
    if (!response) {
      res.off('close', onClose);
      toNext();
      return;
    }
    await sendResponse(res, response, securityHeadersFor(path));
  } catch (err) {
    // The handlers turn their own failures into typed answers: this is the adapter's.
    console.error(`[proofdesk] fast route ${match.route.name} failed:`, err);
    if (res.headersSent) res.destroy();
    else {
      const body = { error: { code: 'internal', message: 'The server failed to answer.' } };
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    }
  }
}
