import { seeOther } from '@/lib/auth/paths';
import { AUTH_COOKIE } from '@/lib/auth/token';
import { handle } from '@/lib/http/errors';

export const dynamic = 'force-dynamic';

/** Forgets the login cookie in this browser, then shows the login form. */
export const POST = handle(async () =>
  seeOther('/login', `${AUTH_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`),
);
