import { randomBytes } from 'node:crypto';

/**
 * 128 random bits, URL-safe: session ids and share tokens must be unguessable. An id starts
 * with a letter or digit: a spreadsheet reads a cell starting with `-` as a formula, so the
 * CSV exports had to guard it (`'-…`) and the id no longer matched (1 id in 64). Redrawing the
 * 2 first characters of 64 that are not alphanumeric costs under 0.05 bits of the 128.
 */
export function newId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (/^[A-Za-z0-9]/.test(id)) return id;
  }
}
