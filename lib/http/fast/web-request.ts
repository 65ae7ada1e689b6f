import 'server-only';
import type { IncomingMessage } from 'node:http';

/**
 * The web `Request` a route handler takes, from Node's request: the same URL (on the Host
 * the client named, as Next builds it), method and headers, and a signal that fires when
 * the client goes away before the answer is done. Null when the Host makes no valid URL:
 * Next answers those itself.
 */
export function webRequestOf(req: IncomingMessage, signal: AbortSignal): Request | null {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  } catch {
    return null;
  }
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i], raw[i + 1]);
  return new Request(url, { method: req.method, headers, signal });
}
