import { safeNextPath, seeOther } from '@/lib/auth/paths';
import {
  AUTH_COOKIE,
  AUTH_COOKIE_MAX_AGE_S,
  configuredToken,
  cookieValueFor,
  sameSecret,
} from '@/lib/auth/token';
import { readText } from '@/lib/http/body';
import { handle } from '@/lib/http/errors';

export const dynamic = 'force-dynamic';

/** A wrong token waits this long: guessing stays slow even over loopback. */
const FAILURE_DELAY_MS = 400;

/**
 * The login form's target (form-encoded `token`, `next`): sets the login cookie and sends
 * the person back where they were going, or back to the form with an error.
 */
export const POST = handle(async (req: Request) => {
  const form = new URLSearchParams(await readText(req, 10_000));
  const next = safeNextPath(form.get('next'));
  const token = configuredToken();
  if (!token) return seeOther(next);
  if (!sameSecret(form.get('token') ?? '', token)) {
    await new Promise((r) => setTimeout(r, FAILURE_DELAY_MS));
    return seeOther(`/login?error=1&next=${encodeURIComponent(next)}`);
  }
  const secure = new URL(req.url).protocol === 'https:' ? '; Secure' : '';
  return seeOther(
    next,
    `${AUTH_COOKIE}=${cookieValueFor(token)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${AUTH_COOKIE_MAX_AGE_S}${secure}`,
  );
});
