import 'server-only';
import { type NextRequest, NextResponse } from 'next/server';
import { isPublicPath } from './paths';
import { AUTH_COOKIE, configuredToken, isAuthorized } from './token';

const MESSAGE =
  'This Proofdesk requires its access token: sign in at /login, or send the header "Authorization: Bearer <PROOFDESK_AUTH_TOKEN>".';

/**
 * The proxy's decision for one request. Without PROOFDESK_AUTH_TOKEN everything passes.
 * With it, an API call without the token gets 401 (JSON, like every API error) and a page
 * gets a redirect to the login form, which brings the person back afterwards.
 */
export function guard(req: NextRequest): NextResponse {
  const token = configuredToken();
  if (!token) return NextResponse.next();
  const { pathname, search } = req.nextUrl;
  if (isPublicPath(pathname)) return NextResponse.next();
  const credentials = {
    authorization: req.headers.get('authorization'),
    cookie: req.cookies.get(AUTH_COOKIE)?.value,
  };
  if (isAuthorized(token, credentials)) return NextResponse.next();
  if (pathname.startsWith('/api/')) {
    return NextResponse.json(
      { error: { code: 'unauthorized', message: MESSAGE } },
      { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="proofdesk"' } },
    );
  }
  const login = new URL('/login', req.url);
  login.searchParams.set('next', `${pathname}${search}`);
  return NextResponse.redirect(login, 303);
}
