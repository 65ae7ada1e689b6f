import type { NextRequest } from 'next/server';
import { guard } from '@/lib/auth/guard';

/**
 * Next 16's request proxy (formerly middleware): with PROOFDESK_AUTH_TOKEN set, every page
 * and API route requires the token (login cookie or Bearer header), share links excepted.
 * See lib/auth/.
 */
export function proxy(req: NextRequest) {
  return guard(req);
}

export const config = {
  // Everything but build assets (the login page needs its CSS and scripts).
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg).*)'],
};
