import { z } from 'zod';

/**
 * In the browser, zod must not probe for `new Function` (its JIT check): our CSP forbids eval,
 * so the probe fails anyway and every page reported a CSP violation. The server keeps the JIT.
 */
if (typeof window !== 'undefined') z.config({ jitless: true });
