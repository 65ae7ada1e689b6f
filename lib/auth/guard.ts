import 'server-only';
import { isLoginValid } from './logins';
import { isPublicPath } from './paths';
import { AUTH_COOKIE, bearerMatches, configuredToken } from './token';

export const UNAUTHORIZED_MESSAGE =
  'This Proofdesk requires its access token: sign in at /login, or send the header "Authorization: Bearer <PROOFDESK_AUTH_TOKEN>".';

/** The login id from a request's Cookie header. */
export function loginIdOf(req: Request): string | undefined {
  for (const part of (req.headers.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === AUTH_COOKIE) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * May this request proceed? Without PROOFDESK_AUTH_TOKEN, always; with it, public paths
 * (login, share links) and requests bearing the token or a live login cookie. Headers only:
 * nothing reads the body before this says yes.
 */
export async function isAuthorized(req: Request, pathname: string): Promise<boolean> {
  const token = configuredToken();
  if (!token || isPublicPath(pathname)) return true;
  if (bearerMatches(token, req.headers.get('authorization'))) return true;
  return isLoginValid(token, loginIdOf(req));
}

export function unauthorizedResponse(): Response {
  return Response.json(
    { error: { code: 'unauthorized', message: UNAUTHORIZED_MESSAGE } },
    { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="proofdesk"' } },
  );
}
