import { describe, expect, it } from 'vitest';
import { newId } from './ids';

describe('newId', () => {
  it('carries 128 random bits, URL-safe: session ids and share tokens cannot be guessed', () => {
    const ids = Array.from({ length: 2000 }, newId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{21}$/);
      expect(Buffer.from(id, 'base64url')).toHaveLength(16);
    }
  });

  it('never starts with a character a spreadsheet reads as a formula, so CSV exports carry it as is', async () => {
    const { toCsv } = await import('@/lib/documents/csv');
    const ids = Array.from({ length: 2000 }, newId);
    const csv = toCsv(
      ['id'],
      ids.map((id) => [id]),
    );
    expect(csv.split('\r\n').slice(1, -1)).toEqual(ids);
  });
});
