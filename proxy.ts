import { type NextRequest, NextResponse } from 'next/server';
import { provideFastHandler } from '@/lib/http/fast/handlers';
import { PAGE_SHELL } from '@/lib/http/fast/route-table';
import { pageDecision, pageShellResponse } from '@/lib/http/routes/page-shell';
import { PLACEHOLDER_NONCE } from '@/lib/pages/shell-cache';
import { newNonce, pageCsp } from '@/lib/security/csp';

/**
 * Next 16's request proxy, for pages only. In order: a Host this server does not serve gets
 * 421 and a change from another site 403 (lib/http/admission); with PROOFDESK_AUTH_TOKEN
 * set, a stranger is sent to the login form (share links excepted); then the page gets a
 * fresh CSP nonce, which Next reads from the request's CSP header and puts on its scripts.
 * A shell page (lib/pages/shell-routes: the workbench, home, library, settings) is rendered
 * once and served from memory with the fresh nonce put in (lib/pages/shell-cache): a class
 * opening its sessions costs one render, not one per page.
 *
 * API routes are not matched: Next buffers a request's body for any request the proxy sees,
 * so API routes run the same checks themselves before reading a byte (lib/http/handle).
 */
export async function proxy(req: NextRequest) {
  // The checks in the order the fast route makes them (lib/http/routes/page-shell), each once.
  const decided = await pageDecision(req);
  if (decided instanceof Response) return decided;
  if (decided === 'stranger') {
    // The way back, without a navigation's `_rsc` (the proxy sees it: next.config.ts).
    const back = req.nextUrl.clone();
    back.searchParams.delete('_rsc');
    const login = new URL('/login', req.url);
    login.searchParams.set('next', `${back.pathname}${back.search}`);
    return NextResponse.redirect(login, 303);
  }
  // The shell's own render, asked for by lib/pages/shell-render: the placeholder is its nonce.
  if (decided === 'shell-render') return renderWithNonce(req, PLACEHOLDER_NONCE);
  return renderWithNonce(req, newNonce());
}

/** Lets Next render the page, its scripts carrying `nonce`. */
function renderWithNonce(req: NextRequest, nonce: string) {
  const csp = pageCsp(nonce);
  const headers = new Headers(req.headers);
  headers.set('Content-Security-Policy', csp);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set('Content-Security-Policy', csp);
  return res;
}

// Shell pages skip Next's per-request machinery (lib/http/fast) through this module, so they
// share its shell cache and its placeholder nonce (a second copy would have its own).
provideFastHandler(PAGE_SHELL, pageShellResponse);

export const config = {
  // Pages only: not the API (see above), not build assets or the icon (the login page needs them).
  matcher: ['/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)'],
};
