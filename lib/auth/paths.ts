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

/**
 * Where to go after signing in: only a path on this site (no `//host` or `/\host`, which
 * browsers treat as another origin), else the home page.
 */
export function safeNextPath(next: string | null | undefined): string {
  const local = next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\');
  return local && next ? next : '/';
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
