import { describe, expect, it } from 'vitest';
import { giveBack, takeConnection } from './stream-connections';

describe('takeConnection / giveBack', () => {
  it('hands back the idle connection of the same origin, and a new one for another', () => {
    const a = takeConnection('http://127.0.0.1:1');
    giveBack(a);
    expect(takeConnection('http://127.0.0.1:1')).toBe(a);
    giveBack(a);
    const other = takeConnection('http://127.0.0.1:2');
    expect(other).not.toBe(a);
    expect(other.origin).toBe('http://127.0.0.1:2');
  });

  it('never hands out a connection twice at once', () => {
    const a = takeConnection('http://127.0.0.1:3');
    const b = takeConnection('http://127.0.0.1:3');
    expect(b).not.toBe(a);
  });

  it('does not keep a closed connection', async () => {
    const a = takeConnection('http://127.0.0.1:4');
    await a.client.close();
    giveBack(a);
    expect(takeConnection('http://127.0.0.1:4')).not.toBe(a);
  });

  it('keeps at most 32 idle connections an origin, closing the rest', () => {
    const origin = 'http://127.0.0.1:5';
    const all = Array.from({ length: 33 }, () => takeConnection(origin));
    for (const c of all) giveBack(c);
    expect(all.filter((c) => !c.usable)).toEqual([all[32]]);
  });
});
