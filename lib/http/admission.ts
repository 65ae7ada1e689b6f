import 'server-only';
import { isAuthorized, unauthorizedResponse } from '@/lib/auth/guard';
import { isCrossSite, isStateChanging } from '@/lib/security/cross-site';
import { isAllowedHost, misdirectedMessage } from '@/lib/security/hosts';
import { hostPolicy } from '@/lib/security/policy';

const CROSS_SITE_MESSAGE =
  'Refused: this request came from a page on another site. Proofdesk only accepts changes from its own pages, the CLI and scripts.';

const refusal = (status: number, code: string, message: string) =>
  Response.json({ error: { code, message } }, { status });

/**
 * Checks every request must pass before anything runs, from headers alone: the Host is one
 * this server serves (421 otherwise: DNS rebinding), and a state-changing request does not
 * come from another site's page (403: CSRF). Null when the request may go on.
 */
export function refuseForeign(req: Request): Response | null {
  const policy = hostPolicy();
  const host = req.headers.get('host');
  if (!isAllowedHost(host, policy)) {
    return refusal(421, 'misdirected_request', misdirectedMessage(host));
  }
  const marks = {
    origin: req.headers.get('origin'),
    secFetchSite: req.headers.get('sec-fetch-site'),
  };
  if (isStateChanging(req.method) && isCrossSite(marks, policy)) {
    return refusal(403, 'cross_site', CROSS_SITE_MESSAGE);
  }
  return null;
}

/** For API routes: the checks above, then the access token. */
export async function admitApiRequest(req: Request): Promise<Response | null> {
  const foreign = refuseForeign(req);
  if (foreign) return foreign;
  const { pathname } = new URL(req.url);
  if (!(await isAuthorized(req, pathname))) return unauthorizedResponse();
  return null;
}
