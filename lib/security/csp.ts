/**
 * The pages' Content-Security-Policy. Untrusted text (problems, drafts, reports) is rendered
 * on every page, so scripts run only when they carry this response's nonce, or when a
 * nonced script loaded them ('strict-dynamic': Next's chunks, Monaco). An injected
 * `<script>` or `onerror=` attribute has no nonce and does not run. Inline styles stay
 * allowed: KaTeX and Monaco set them, and a style cannot run code.
 */
export function pageCsp(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // Monaco's workers: same-origin modules, or blob: URLs it builds from them.
    "worker-src 'self' blob:",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** For everything that is not a page (API JSON, SSE): nothing in it may load or run. */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/** 128 random bits, base64: unguessable per response. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64');
}
