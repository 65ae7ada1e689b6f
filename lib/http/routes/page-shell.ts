import 'server-only';
import { isAuthorized } from '@/lib/auth/guard';
import { refuseForeign } from '@/lib/http/admission';
import { servedShell } from '@/lib/pages/serve-shell';
import { isShellRender } from '@/lib/pages/shell-render';
import { newNonce } from '@/lib/security/csp';

/**
 * A page's answer before Next renders anything: 421/403 for a foreign Host or site, else a
 * stored shell (lib/pages/shell-cache) with a fresh nonce. Null leaves the request to
 * proxy.ts — a stranger to be sent to the login form, the shell's own render, a page that is
 * not a shell. Both ways in call this first: the fast route and proxy.ts.
 */
export async function pageShellResponse(req: Request): Promise<Response | null> {
  const refused = refuseForeign(req);
  if (refused) return refused;
  const url = new URL(req.url);
  if (!(await isAuthorized(req, url.pathname))) return null;
  if (isShellRender(req.headers)) return null;
  const page = { method: req.method, headers: req.headers, nextUrl: url };
  return servedShell(page, newNonce());
}
