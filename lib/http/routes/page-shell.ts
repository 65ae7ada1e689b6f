import 'server-only';
import { isAuthorized } from '@/lib/auth/guard';
import { refuseForeign } from '@/lib/http/admission';
import { servedShell } from '@/lib/pages/serve-shell';
import { isShellRender } from '@/lib/pages/shell-render';
import { newNonce } from '@/lib/security/csp';

/**
 * What a page request gets before Next renders anything, decided in one place for both ways
 * in (the fast route and proxy.ts): a Response (421/403 for a foreign Host or site, or a
 * stored shell from lib/pages/shell-cache with a fresh nonce); 'stranger' (to be sent to the
 * login form); 'shell-render' (the shell's own render); null (a page Next renders).
 */
export async function pageDecision(
  req: Request,
): Promise<Response | 'stranger' | 'shell-render' | null> {
  const refused = refuseForeign(req);
  if (refused) return refused;
  const url = new URL(req.url);
  if (!(await isAuthorized(req, url.pathname))) return 'stranger';
  if (isShellRender(req.headers)) return 'shell-render';
  const page = { method: req.method, headers: req.headers, nextUrl: url };
  return servedShell(page, newNonce());
}

/** The fast route's handler: the answer when there is one; anything else is left to Next. */
export async function pageShellResponse(req: Request): Promise<Response | null> {
  const decided = await pageDecision(req);
  return decided instanceof Response ? decided : null;
}
