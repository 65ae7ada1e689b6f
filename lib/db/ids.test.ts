import { describe, expect, it } from 'vitest';
import { newId } from './ids';

describe('newId', () => {
  it('carries 128 random bits, URL-safe: session ids and share tokens cannot be guessed', () => {
    const ids = Array.from({ length: 2000 }, newId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(Buffer.from(id, 'base64url')).toHaveLength(16);
    }
  });
});
