import 'server-only';
import { PLACEHOLDER_NONCE, type Shell } from './shell-cache';

/** The header that asks proxy.ts to render a page with the placeholder nonce. */
export const SHELL_RENDER_HEADER = 'x-proofdesk-shell-render';

/** Only the placeholder itself opens the way: it never leaves this process. */
export const isShellRender = (headers: Headers) =>
  headers.get(SHELL_RENDER_HEADER) === PLACEHOLDER_NONCE;

/** Response headers that belong to the page; the rest (date, length, CSP…) are per response. */
const KEPT_HEADERS = ['content-type', 'vary', 'cache-control', 'link'];

/**
 * This server's own address: `next start` records where it listens; loopback on its port
 * otherwise. Read by a computed name so the bundler leaves it to run time.
 */
function ownOrigin(): string {
  const env = process.env;
  const origin = env[['__NEXT', 'PRIVATE', 'ORIGIN'].join('_')];
  return origin || `http://127.0.0.1:${env.PORT ?? 3000}`;
}

/**
 * Renders `path` through this very server with the placeholder nonce (proxy.ts sees the
 * header and lets Next render as usual), as the person asking would see it: their cookie and
 * Authorization go along. Null unless the answer is a whole 200 HTML page holding the
 * placeholder nonce and each of `placeholders`.
 */
export async function renderShell(
  path: string,
  from: Headers,
  placeholders: string[] = [],
): Promise<Shell | null> {
  const headers = new Headers({ [SHELL_RENDER_HEADER]: PLACEHOLDER_NONCE });
  for (const name of ['cookie', 'authorization']) {
    const value = from.get(name);
    if (value) headers.set(name, value);
  }
  const res = await fetch(new URL(path, ownOrigin()), {
    headers,
    redirect: 'manual',
    signal: AbortSignal.timeout(15_000),
  });
  const html = await res.text();
  const type = res.headers.get('content-type') ?? '';
  const filled = [PLACEHOLDER_NONCE, ...placeholders].every((p) => html.includes(p));
  if (res.status !== 200 || !type.startsWith('text/html') || !filled) return null;
  return {
    html,
    headers: KEPT_HEADERS.flatMap((h) => {
      const v = res.headers.get(h);
      return v === null ? [] : [[h, v] as [string, string]];
    }),
  };
}
