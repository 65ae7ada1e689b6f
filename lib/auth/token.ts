import 'server-only';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** The login cookie's name. */
export const AUTH_COOKIE = 'proofdesk_auth';
/** How long a login lasts in a browser. */
export const AUTH_COOKIE_MAX_AGE_S = 30 * 24 * 60 * 60;

/**
 * The access token from PROOFDESK_AUTH_TOKEN, or null when Proofdesk runs open (the default,
 * meant for a server bound to loopback). Read per request, so a restart is all it takes.
 */
export function configuredToken(): string | null {
  const token = process.env.PROOFDESK_AUTH_TOKEN?.trim();
  return token ? token : null;
}

/**
 * What the login cookie holds: derived from the token, so the token itself never sits in a
 * browser's cookie jar; changing the token signs every browser out.
 */
export function cookieValueFor(token: string): string {
  return createHmac('sha256', token).update('proofdesk login cookie v1').digest('base64url');
}

/** Compares two secrets in constant time, whatever their lengths. */
export function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** A request's credentials: an `Authorization: Bearer` header (API, CLI) or the login cookie. */
export type Credentials = { authorization: string | null; cookie: string | undefined };

export function isAuthorized(token: string, credentials: Credentials): boolean {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(credentials.authorization ?? '')?.[1];
  if (bearer && sameSecret(bearer, token)) return true;
  return !!credentials.cookie && sameSecret(credentials.cookie, cookieValueFor(token));
}
