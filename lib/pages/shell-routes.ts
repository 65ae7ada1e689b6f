import { randomBytes } from 'node:crypto';

/**
 * Pages whose server render depends on nothing but their URL (and the CSP nonce): client
 * shells that load their data in the browser. Their HTML can be rendered once and served
 * again with a fresh nonce (shell-cache.ts). A page that reads the database, cookies or the
 * search parameters on the server must not be listed here.
 */
// Not `/`: Home puts its first rows of sessions in its HTML (app/page.tsx).
const STATIC_SHELLS = new Set(['/library', '/settings']);

/**
 * The workbench (`<Workbench sessionId={id} />`, all else fetched by the client) differs
 * between sessions only by the id, so every session shares one shell rendered for this
 * stand-in id, drawn per process like a real one (22 characters of base64url). Only ids of
 * that shape are served from it: they need no escaping in HTML or in Next's payload, so the
 * id is put in as it is, and cannot change the length of anything Next measured.
 */
export const PLACEHOLDER_SESSION_ID = `s${randomBytes(16).toString('base64url').slice(1)}`;
const WORKBENCH = /^\/sessions\/([A-Za-z0-9_-]{22})$/;

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

/** A shell to serve: the path its stored HTML is rendered from, and what to put in it. */
export type ShellRequest = { path: string; values: Record<string, string> };

/** The shell for a request for a page's HTML, or null when Next must render the page. */
export function shellFor(req: {
  method: string;
  headers: Headers;
  nextUrl: { pathname: string; search: string };
}): ShellRequest | null {
  if (req.method !== 'GET') return null;
  const { pathname, search } = req.nextUrl;
  // `_rsc` (a navigation's cache buster) or any parameter: rendered by Next.
  if (search) return null;
  if (RSC_HEADERS.some((h) => req.headers.has(h))) return null;
  if (STATIC_SHELLS.has(pathname)) return { path: pathname, values: {} };
  const id = WORKBENCH.exec(pathname)?.[1];
  if (!id) return null;
  return {
    path: `/sessions/${PLACEHOLDER_SESSION_ID}`,
    values: { [PLACEHOLDER_SESSION_ID]: id },
  };
}
