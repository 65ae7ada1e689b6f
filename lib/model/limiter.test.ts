import { describe, expect, it } from 'vitest';
import { endpointConcurrency, Semaphore } from './limiter';

describe('Semaphore', () => {
  it('lets at most `limit` holders in, then serves waiters in order', async () => {
    const s = new Semaphore(2);
    const a = await s.acquire();
    const b = await s.acquire();
    const order: string[] = [];
    const c = s.acquire().then((r) => {
      order.push('c');
      return r;
    });
    const d = s.acquire().then((r) => {
      order.push('d');
      return r;
    });
    expect(s.inUse).toBe(2);
    expect(s.waiting).toBe(2);
    a();
    a(); // releasing twice is harmless
    (await c)();
    b();
    (await d)();
    expect(order).toEqual(['c', 'd']);
    expect(s.inUse).toBe(0);
  });

  it('drops a waiter whose signal aborts', async () => {
    const s = new Semaphore(1);
    const held = await s.acquire();
    const ctrl = new AbortController();
    const waiting = s.acquire(ctrl.signal);
    ctrl.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    expect(s.waiting).toBe(0);
    held();
    expect(s.inUse).toBe(0);
  });

  it('reads the endpoint limit from PROOFDESK_CONCURRENCY, default 8', () => {
    expect(endpointConcurrency({})).toBe(8);
    expect(endpointConcurrency({ PROOFDESK_CONCURRENCY: '16' })).toBe(16);
    expect(endpointConcurrency({ PROOFDESK_CONCURRENCY: 'x' })).toBe(8);
  });
});
