import { describe, expect, it } from 'vitest';
import { newNonce, pageCsp } from './csp';

describe('page CSP', () => {
  it('runs scripts by nonce only: no unsafe-inline or eval for scripts', () => {
    const nonce = newNonce();
    const csp = pageCsp(nonce);
    const scripts = /script-src ([^;]*)/.exec(csp)?.[1].split(' ') ?? [];
    expect(scripts).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("object-src 'none'");
  });

  it('makes a fresh, unguessable nonce each time', () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const n of nonces) expect(Buffer.from(n, 'base64')).toHaveLength(16);
  });
});
