import { loginCookie, startLogin } from '@/lib/auth/logins';
import { safeNextPath, seeOther } from '@/lib/auth/paths';
import { clientAddress, FailureLimiter } from '@/lib/auth/rate-limit';
import { configuredToken, sameSecret } from '@/lib/auth/token';
import { readText } from '@/lib/http/body';
import { handle } from '@/lib/http/handle';
import { FORM_TYPES } from '@/lib/security/content-type';

export const dynamic = 'force-dynamic';

/** A wrong token waits this long: guessing stays slow even over loopback. */
const FAILURE_DELAY_MS = 400;

/** One limiter per server process (kept on globalThis: route modules may load twice). */
const store = globalThis as { [key: symbol]: FailureLimiter | undefined };
const limiterKey = Symbol.for('proofdesk.login-limiter');
store[limiterKey] ??= new FailureLimiter();
const limiter = store[limiterKey];

/**
 * The login form's target (form-encoded `token`, `next`): starts a login session and sends
 * the person back where they were going, or back to the form with an error. Ten failures a
 * minute from one address, and the address waits (429 + Retry-After).
 */
export const POST = handle(async (req: Request) => {
  const token = configuredToken();
  const client = clientAddress(req.headers);
  const wait = limiter.retryAfter(client);
  if (token && wait > 0) return tooManyAttempts(req, wait);
  const form = new URLSearchParams(await readText(req, 10_000, FORM_TYPES));
  const next = safeNextPath(form.get('next'));
  if (!token) return seeOther(next);
  if (!sameSecret(form.get('token') ?? '', token)) {
    limiter.fail(client);
    await new Promise((r) => setTimeout(r, FAILURE_DELAY_MS));
    return seeOther(`/login?error=1&next=${encodeURIComponent(next)}`);
  }
  const secure = isHttps(req);
  return seeOther(next, loginCookie(await startLogin(token), secure));
});

/** Over https (directly, or behind a proxy that says so) the cookie is marked Secure. */
function isHttps(req: Request): boolean {
  const forwarded = req.headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  return forwarded === 'https' || new URL(req.url).protocol === 'https:';
}

/** 429 + Retry-After: JSON for scripts, a short page for the person at the login form. */
function tooManyAttempts(req: Request, wait: number): Response {
  const message = `Too many failed sign-ins from this address. Try again in ${wait} s.`;
  const headers = { 'Retry-After': String(wait) };
  if (req.headers.get('accept')?.includes('text/html')) {
    const html = `<!doctype html><meta charset="utf-8"><title>Sign in · Proofdesk</title><p>${message}</p><p><a href="/login">Back to the sign-in form</a></p>`;
    return new Response(html, {
      status: 429,
      headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
    });
  }
  return Response.json({ error: { code: 'too_many_requests', message } }, { status: 429, headers });
}
