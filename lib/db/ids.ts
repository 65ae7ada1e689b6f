import { randomBytes } from 'node:crypto';

/**
 * 128 random bits, URL-safe: session ids and share tokens must be unguessable. An id never
 * starts with `-` or `_`: a spreadsheet reads a cell starting with `-` as a formula, so the
 * CSV exports would have to guard it (`'-…`) and the id would no longer match (1 id in 32).
 * Redrawing those costs under 0.05 bits of the 128.
 */
export function newId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (/^[A-Za-z0-9]/.test(id)) return id;
  }
}
