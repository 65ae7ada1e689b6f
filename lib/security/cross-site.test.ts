import { describe, expect, it } from 'vitest';
import { acceptsContentType, CSV_TYPES, JSON_TYPES, mediaType } from './content-type';
import { isCrossSite, isStateChanging } from './cross-site';
import { parseAllowedHosts } from './hosts';

const policy = { listenPort: 3000, allowed: parseAllowedHosts('proofdesk.example') };
const from = (origin: string | null, secFetchSite: string | null = null) =>
  isCrossSite({ origin, secFetchSite }, policy);

describe('cross-site requests', () => {
  it('only state-changing methods are checked', () => {
    expect(['POST', 'put', 'PATCH', 'DELETE'].every(isStateChanging)).toBe(true);
    expect(['GET', 'HEAD', 'OPTIONS'].some(isStateChanging)).toBe(false);
  });

  it("lets the app's own pages, the CLI and scripts through", () => {
    expect(from(null)).toBe(false); // CLI, curl, scripts: no Origin, no Sec-Fetch-Site
    expect(from('http://127.0.0.1:3000', 'same-origin')).toBe(false);
    expect(from('http://localhost:3000')).toBe(false);
    expect(from('https://proofdesk.example')).toBe(false); // behind a TLS proxy
    expect(from(null, 'none')).toBe(false); // typed into the address bar
    // Our own form post under Referrer-Policy: no-referrer: the browser writes Origin: null.
    expect(from('null', 'same-origin')).toBe(false);
  });

  it('refuses another origin, an opaque origin and any cross-site mark', () => {
    expect(from('https://evil.example')).toBe(true);
    expect(from('http://localhost:8080')).toBe(true); // another local app, same site
    expect(from('http://127.0.0.1:3000.evil.example')).toBe(true);
    expect(from('null')).toBe(true);
    expect(from('file://')).toBe(true);
    expect(from(null, 'cross-site')).toBe(true);
    expect(from('http://127.0.0.1:3000', 'cross-site')).toBe(true);
    expect(from('http://localhost:8080', 'same-site')).toBe(true); // another port: another app
    expect(from('null', 'same-site')).toBe(true);
  });
});

describe('content types', () => {
  it('reads the media type and compares it with what an endpoint takes', () => {
    expect(mediaType('Application/JSON; charset=utf-8')).toBe('application/json');
    expect(acceptsContentType('application/json', true, JSON_TYPES)).toBe(true);
    // The three types a page on another site can send without a preflight.
    for (const t of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      expect(acceptsContentType(t, true, JSON_TYPES), t).toBe(false);
    }
    expect(acceptsContentType(null, true, JSON_TYPES)).toBe(false);
    expect(acceptsContentType('text/csv', true, CSV_TYPES)).toBe(true);
    expect(acceptsContentType(null, false, JSON_TYPES)).toBe(true); // no body, nothing to type
  });
});
