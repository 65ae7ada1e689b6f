import 'server-only';
import { isAuthorized } from '@/lib/auth/guard';
import { refuseForeign } from '@/lib/http/admission';
import { servedShell } from '@/lib/pages/serve-shell';
import { isShellRender } from '@/lib/pages/shell-render';
import { newNonce } from '@/lib/security/csp';

/**
 * A page served from its stored shell (lib/pages/shell-cache) with a fresh nonce, after the
 * same checks proxy.ts makes; null leaves the request to Next and proxy.ts — a stranger
 * to be sent to the login form, the shell's own render, a page that is not a shell.
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
