import { describe, expect, it } from 'vitest';
import { BoundedCache } from './bounded-cache';

describe('BoundedCache', () => {
  it('drops the least recently used entries once over its size', () => {
    const c = new BoundedCache<string, string>(10, (v) => v.length);
    c.set('a', 'aaaa');
    c.set('b', 'bbbb');
    c.get('a'); // a is now more recent than b
    c.set('c', 'cccc');
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe('aaaa');
    expect(c.get('c')).toBe('cccc');
    expect(c.heldSize).toBe(8);
  });

  it('keeps nothing larger than its whole size, and replaces an entry in place', () => {
    const c = new BoundedCache<string, string>(10, (v) => v.length);
    c.set('big', 'x'.repeat(11));
    expect(c.get('big')).toBeUndefined();
    c.set('a', 'aa');
    c.set('a', 'aaaaa');
    expect(c.heldSize).toBe(5);
    c.delete('a');
    expect(c.heldSize).toBe(0);
  });
});
