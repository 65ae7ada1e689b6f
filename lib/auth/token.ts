import 'server-only';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** The login cookie's name. */
export const AUTH_COOKIE = 'proofdesk_auth';
/** How long a login lasts in a browser. */
export const LOGIN_TTL_MS = 30 * 24 * 60 * 60 * 1000;
/** A shorter token can be guessed or read over a shoulder; refused at start-up. */
export const MIN_TOKEN_LENGTH = 16;

/** Why a configured token is unusable, or null when it is fine. */
export function tokenProblem(token: string): string | null {
  if (token.length >= MIN_TOKEN_LENGTH) return null;
  return `PROOFDESK_AUTH_TOKEN is ${token.length} characters long; it must have at least ${MIN_TOKEN_LENGTH} (for example: openssl rand -base64 24). Proofdesk will not start with it.`;
}

/**
 * The access token from PROOFDESK_AUTH_TOKEN, or null when Proofdesk runs open (the default,
 * meant for a server bound to loopback). Read per request, so a restart is all it takes. A
 * token that is too short throws: the server fails closed rather than open.
 */
export function configuredToken(): string | null {
  const token = process.env.PROOFDESK_AUTH_TOKEN?.trim();
  if (!token) return null;
  const problem = tokenProblem(token);
  if (problem) throw new Error(problem);
  return token;
}

/** Compares two secrets in constant time, whatever their lengths. */
export function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** The `Authorization: Bearer` header (API, CLI, scripts) carries the token itself. */
export function bearerMatches(token: string, authorization: string | null): boolean {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  return !!bearer && sameSecret(bearer, token);
}

/** Names the token a login was made with, without storing the token. */
export function tokenTag(token: string): string {
  return createHmac('sha256', token).update('proofdesk login tag v1').digest('base64url');
}
