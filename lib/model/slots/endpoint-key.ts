import 'server-only';
import { createHash } from 'node:crypto';

/**
 * The advisory-lock key of a model endpoint: a stable 32-bit hash of its base URL, the same
 * in every instance and across restarts (a JS string hash or a Map index would not be).
 * Trailing slashes and surrounding space do not make a second endpoint.
 */
export function endpointKey(baseURL: string): number {
  const normalized = baseURL.trim().replace(/\/+$/, '');
  return createHash('sha256').update(normalized).digest().readInt32BE(0);
}
