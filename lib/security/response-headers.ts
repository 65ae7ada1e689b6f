import { NON_PAGE_CSP } from './csp';

type Header = { key: string; value: string };

/** Sent with every response: no sniffing, no referrer, no framing, no device access. */
export const EVERY_RESPONSE_HEADERS: readonly Header[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

/** API answers (JSON, SSE) get a policy that lets nothing load or run if rendered. */
export const API_RESPONSE_HEADERS: readonly Header[] = [
  { key: 'Content-Security-Policy', value: NON_PAGE_CSP },
];

/**
 * The headers for a path: what next.config.ts gives Next, and what the fast routes
 * (lib/http/fast) add themselves, from this one list so the two cannot drift apart.
 */
export function securityHeadersFor(pathname: string): Header[] {
  const api = pathname === '/api' || pathname.startsWith('/api/');
  return [...(api ? API_RESPONSE_HEADERS : []), ...EVERY_RESPONSE_HEADERS];
}
