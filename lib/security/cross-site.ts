import { type HostPolicy, isAllowedHost, parseHost } from './hosts';

/**
 * Cross-site request refusal (CSRF defence). A page on another site can make the browser
 * send a `text/plain` or form POST here without any preflight. Browsers mark such requests:
 * `Origin` names the other site and `Sec-Fetch-Site` says `cross-site`. A request with
 * neither (the CLI, scripts, curl) is not from a browser page and passes.
 */

/** Methods that change something; GET/HEAD/OPTIONS never do here. */
export function isStateChanging(method: string): boolean {
  return !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());
}

export type BrowserMarks = { origin: string | null; secFetchSite: string | null };

/**
 * True when the request comes from another site's page (the rule of Go's
 * CrossOriginProtection). Browsers that send `Sec-Fetch-Site` are trusted on it: only
 * `same-origin` and `none` (typed or bookmarked) pass; `same-site` is another port or
 * subdomain, i.e. another app. Our pages send `Referrer-Policy: no-referrer`, under which a
 * browser writes `Origin: null` even on its own form posts, so `Origin` decides only when
 * `Sec-Fetch-Site` is absent: it must name this server (a loopback name on its port, or a
 * host in PROOFDESK_ALLOWED_HOSTS: behind a proxy the browser's origin is the proxy's name).
 */
export function isCrossSite(marks: BrowserMarks, policy: HostPolicy): boolean {
  const site = marks.secFetchSite?.trim().toLowerCase();
  if (site) return site !== 'same-origin' && site !== 'none';
  if (marks.origin === null) return false;
  let url: URL;
  try {
    url = new URL(marks.origin);
  } catch {
    return true; // "null" (sandboxed frames, file: pages) and anything unparseable
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return true;
  if (!parseHost(url.host)) return true;
  return !isAllowedHost(url.host, policy, url.protocol === 'https:');
}
