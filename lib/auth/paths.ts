/**
 * Paths anyone may open while PROOFDESK_AUTH_TOKEN is set: the login form and its endpoints,
 * and read-only share links (`/s/<token>`), whose unguessable token is their own credential.
 * Everything else — every page and every API route, present or future — needs the token.
 */
export function isPublicPath(pathname: string): boolean {
  return (
    pathname === '/login' ||
    pathname === '/api/auth/login' ||
    pathname === '/api/auth/logout' ||
    pathname.startsWith('/s/')
  );
}

/** A stand-in origin: only paths that stay on it are paths of this app. */
const HERE = 'http://proofdesk.invalid';

/**
 * Where to go after signing in: a path of this app, else the home page. The target is
 * parsed the way a browser will parse the Location header (which drops tabs and newlines
 * and turns `\\` into `/`, so `/\t/evil.example` is `//evil.example`), and kept only if it
 * stays on this origin; the normalised path is returned, never the raw text.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next?.startsWith('/')) return '/';
  let url: URL;
  try {
    url = new URL(next, HERE);
  } catch {
    return '/';
  }
  if (url.origin !== HERE) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * A 303 with a relative Location: a handler's own URL may name another host than the one the
 * browser used (localhost for 127.0.0.1), and the login cookie must come back to that host.
 */
export function seeOther(path: string, cookie?: string): Response {
  const headers: Record<string, string> = { Location: path };
  if (cookie) headers['Set-Cookie'] = cookie;
  return new Response(null, { status: 303, headers });
}
