import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { deleteExpiredLogins, deleteLogin, findLogin, insertLogin } from '@/lib/db';
import { AUTH_COOKIE, LOGIN_TTL_MS, sameSecret, tokenTag } from './token';

/**
 * Server-side login sessions. The cookie is a random id (256 bits) that means something only
 * while its row exists: logout deletes the row, so a copied cookie stops working at once.
 */
const hashOf = (id: string) => createHash('sha256').update(id).digest('base64url');

export async function startLogin(token: string, now = Date.now()): Promise<string> {
  await deleteExpiredLogins(now);
  const id = randomBytes(32).toString('base64url');
  await insertLogin({
    idHash: hashOf(id),
    tokenTag: tokenTag(token),
    createdAt: now,
    expiresAt: now + LOGIN_TTL_MS,
  });
  return id;
}

/** True when the cookie names a live login made with the current token. */
export async function isLoginValid(
  token: string,
  id: string | undefined,
  now = Date.now(),
): Promise<boolean> {
  if (!id || id.length > 200) return false;
  const row = await findLogin(hashOf(id));
  return !!row && row.expiresAt > now && sameSecret(row.tokenTag, tokenTag(token));
}

export async function endLogin(id: string | undefined): Promise<void> {
  if (id && id.length <= 200) await deleteLogin(hashOf(id));
}

/** The Set-Cookie value for a login (or, with `id` null, for forgetting it). */
export function loginCookie(id: string | null, secure: boolean): string {
  const maxAge = id ? Math.floor(LOGIN_TTL_MS / 1000) : 0;
  return `${AUTH_COOKIE}=${id ?? ''}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure ? '; Secure' : ''}`;
}

/**
 * Who wrote a reply, as far as sign-in can tell: nobody is named without an access token;
 * with one, each browser login gets a short stable tag (from its hash, never the cookie),
 * and requests bearing the token itself are "API".
 */
export function authorOf(req: Request, loginId: string | undefined, token: string | undefined) {
  if (!token) return null;
  if (!loginId) return req.headers.get('authorization') ? 'API' : null;
  return `reviewer ${hashOf(loginId).slice(0, 6)}`;
}
