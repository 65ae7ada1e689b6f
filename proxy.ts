import { type NextRequest, NextResponse } from 'next/server';
import { isAuthorized } from '@/lib/auth/guard';
import { refuseForeign } from '@/lib/http/admission';
import { newNonce, pageCsp } from '@/lib/security/csp';

/**
 * Next 16's request proxy, for pages only. In order: a Host this server does not serve gets
 * 421 and a change from another site 403 (lib/http/admission); with PROOFDESK_AUTH_TOKEN
 * set, a stranger is sent to the login form (share links excepted); then the page gets a
 * fresh CSP nonce, which Next reads from the request's CSP header and puts on its scripts.
 *
 * API routes are not matched: Next buffers a request's body for any request the proxy sees,
 * so API routes run the same checks themselves before reading a byte (lib/http/handle).
 */
export async function proxy(req: NextRequest) {
  const refused = refuseForeign(req);
  if (refused) return refused;
  const { pathname, search } = req.nextUrl;
  if (!(await isAuthorized(req, pathname))) {
    const login = new URL('/login', req.url);
    login.searchParams.set('next', `${pathname}${search}`);
    return NextResponse.redirect(login, 303);
  }
  const csp = pageCsp(newNonce());
  const headers = new Headers(req.headers);
  headers.set('Content-Security-Policy', csp);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set('Content-Security-Policy', csp);
  return res;
}

export const config = {
  // Pages only: not the API (see above), not build assets or the icon (the login page needs them).
  matcher: ['/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)'],
};
