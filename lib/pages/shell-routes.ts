/**
 * Pages whose server render depends on nothing but their URL (and the CSP nonce): client
 * shells that load their data in the browser. Their HTML can be rendered once and served
 * again with a fresh nonce (shell-cache.ts). A page that reads the database, cookies or the
 * search parameters on the server must not be listed here.
 */
const SHELL_PATHS: RegExp[] = [
  /^\/$/,
  /^\/library$/,
  /^\/settings$/,
  // The workbench: `<Workbench sessionId={id} />`, everything else is fetched by the client.
  /^\/sessions\/[A-Za-z0-9_-]{1,64}$/,
];

/**
 * Headers of a client-side navigation or prefetch (Next's FLIGHT_HEADERS, which reach the
 * proxy with `skipProxyUrlNormalize`) or a server action: those get Next's own answer.
 */
const RSC_HEADERS = [
  'rsc',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-router-state-tree',
  'next-hmr-refresh',
  'next-action',
];

/** The cache key of a request for a shell page's HTML, or null when it must be rendered. */
export function shellKey(req: {
  method: string;
  headers: Headers;
  nextUrl: { pathname: string; search: string };
}): string | null {
  if (req.method !== 'GET') return null;
  const { pathname, search } = req.nextUrl;
  // `_rsc` (a navigation's cache buster) or any parameter: rendered by Next.
  if (search) return null;
  if (RSC_HEADERS.some((h) => req.headers.has(h))) return null;
  return SHELL_PATHS.some((p) => p.test(pathname)) ? pathname : null;
}
