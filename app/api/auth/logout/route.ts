import { loginIdOf } from '@/lib/auth/guard';
import { endLogin, loginCookie } from '@/lib/auth/logins';
import { seeOther } from '@/lib/auth/paths';
import { handle } from '@/lib/http/handle';

export const dynamic = 'force-dynamic';

/**
 * Ends this browser's login on the server (a copy of the cookie stops working too), forgets
 * the cookie, then shows the login form.
 */
export const POST = handle(async (req: Request) => {
  await endLogin(loginIdOf(req));
  return seeOther('/login', loginCookie(null, false));
});
