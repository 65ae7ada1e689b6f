import { randomBytes } from 'node:crypto';

/** 128 random bits, URL-safe: session ids and share tokens must be unguessable. */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}
