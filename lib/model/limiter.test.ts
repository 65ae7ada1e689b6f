import { describe, expect, it } from 'vitest';
import { endpointConcurrency, endpointLimiter, Semaphore } from './limiter';
import { endpointKey } from './slots/endpoint-key';
import { SharedEndpointLimiter } from './slots/shared-limiter';

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

  it('says when a request has to queue', async () => {
    const s = new Semaphore(1);
    const waits: string[] = [];
    const held = await s.acquire(undefined, () => waits.push('first'));
    const next = s.acquire(undefined, () => waits.push('second'));
    expect(waits).toEqual(['second']);
    held();
    (await next)();
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

describe('endpointLimiter', () => {
  it('is the process semaphore on SQLite, unchanged', () => {
    const before = process.env.PROOFDESK_DATABASE_URL;
    delete process.env.PROOFDESK_DATABASE_URL;
    try {
      const limiter = endpointLimiter('http://one.test/v1');
      expect(limiter).toBeInstanceOf(Semaphore);
      expect(endpointLimiter('http://one.test/v1')).toBe(limiter);
    } finally {
      if (before !== undefined) process.env.PROOFDESK_DATABASE_URL = before;
    }
  });

  it('on Postgres puts the same process semaphore in front of the shared slots', () => {
    const before = process.env.PROOFDESK_DATABASE_URL;
    // Nothing connects until a request acquires; the listener's failed connects are retried quietly.
    process.env.PROOFDESK_DATABASE_URL = 'postgres://nobody@127.0.0.1:1/none';
    try {
      const limiter = endpointLimiter('http://two.test/v1');
      expect(limiter).toBeInstanceOf(SharedEndpointLimiter);
      const again = endpointLimiter('http://two.test/v1') as SharedEndpointLimiter;
      expect(again).toBe(limiter);
    } finally {
      if (before === undefined) delete process.env.PROOFDESK_DATABASE_URL;
      else process.env.PROOFDESK_DATABASE_URL = before;
    }
  });

  it('keys an endpoint by a stable hash of its base URL', () => {
    expect(endpointKey('http://gpu-1:8000/v1')).toBe(endpointKey(' http://gpu-1:8000/v1/ '));
    expect(endpointKey('http://gpu-1:8000/v1')).not.toBe(endpointKey('http://gpu-2:8000/v1'));
    // The same number in every process and release: it names the locks in Postgres.
    expect(endpointKey('http://gpu-1:8000/v1')).toBe(-659399881);
  });
});
