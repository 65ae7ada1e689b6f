import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPgDatabase, testPgUrl } from '@/test/pg-database';
import { trySlot } from './slot-lock';
import { heldSlots, sleep, startInstance, TEST_KEY, type TestInstance } from './test-instances';

describe.runIf(Boolean(testPgUrl()))('an endpoint limit shared through Postgres', () => {
  let url: string;
  const open: TestInstance[] = [];
  const instance = async (limit: number, pollMs?: number) => {
    const made = await startInstance(url, limit, pollMs);
    open.push(made);
    return made.limiter;
  };

  beforeAll(async () => {
    url = (await freshPgDatabase()) as string;
  });
  afterAll(async () => {
    await Promise.all(open.map((i) => i.close()));
  });

  it('two instances with a limit of 4 never run more than 4 of 8 requests at once', async () => {
    const [a, b] = [await instance(4), await instance(4)];
    let inFlight = 0;
    let most = 0;
    const request = async (limiter: typeof a) => {
      const release = await limiter.acquire();
      inFlight++;
      most = Math.max(most, inFlight);
      await sleep(40);
      inFlight--;
      release();
    };
    const all = Array.from({ length: 8 }, (_, i) => request(i % 2 ? b : a));
    await Promise.all(all);
    expect(most).toBe(4);
    await expect.poll(() => heldSlots(url)).toEqual([]);
  });

  it('a waiter whose signal aborts leaves at once, and its instance is not left short', async () => {
    const [a, b] = [await instance(2), await instance(2)];
    const held = [await a.acquire(), await a.acquire()];
    const ctrl = new AbortController();
    const waiting = b.acquire(ctrl.signal);
    await sleep(50);
    const t0 = performance.now();
    ctrl.abort(new Error('Stop'));
    await expect(waiting).rejects.toThrow('Stop');
    expect(performance.now() - t0).toBeLessThan(50);
    expect(b.local.inUse).toBe(0);
    for (const release of held) release();
    // b still has both of its slots: two requests through it get in.
    const again = [await b.acquire(), await b.acquire()];
    expect((await heldSlots(url)).length).toBe(2);
    for (const release of again) release();
    await expect.poll(() => heldSlots(url)).toEqual([]);
  });

  it("says when a request has to wait: for this instance's queue or another's slots", async () => {
    const [a, b] = [await instance(1), await instance(1)];
    const calls: string[] = [];
    const first = await a.acquire(undefined, () => calls.push('a1'));
    expect(calls).toEqual([]); // a free slot: sent at once, no wait reported
    const queuedHere = a.acquire(undefined, () => calls.push('a2'));
    const heldElsewhere = b.acquire(undefined, () => calls.push('b1'));
    await expect.poll(() => calls.sort()).toEqual(['a2', 'b1']);
    first();
    (await Promise.race([queuedHere, heldElsewhere]))();
    for (const release of await Promise.all([queuedHere, heldElsewhere])) release();
    expect(calls).toHaveLength(2); // once each, however many tries
  });

  it('a holder that throws mid-request still gives its slot back (finally)', async () => {
    const a = await instance(1);
    const failing = async () => {
      const release = await a.acquire();
      try {
        throw new Error('the stream broke');
      } finally {
        release();
      }
    };
    await expect(failing()).rejects.toThrow('the stream broke');
    await expect.poll(() => heldSlots(url)).toEqual([]);
    const next = await a.acquire();
    next();
    next(); // a second release is harmless
  });

  it("a killed holder's slot is freed by Postgres and a waiter on another instance gets it", async () => {
    const a = await instance(1);
    const b = await instance(1, 200);
    const releaseA = await a.acquire();
    const [holder] = await heldSlots(url);
    let got = false;
    const waiting = b.acquire().then((release) => {
      got = true;
      return release;
    });
    await sleep(300);
    expect(got).toBe(false);
    // The instance "dies": its connection is cut, so no NOTIFY is sent; the slow poll finds it.
    const admin = new pg.Client(url);
    await admin.connect();
    await admin.query('SELECT pg_terminate_backend($1)', [holder.pid]);
    await admin.end();
    const release = await waiting;
    expect((await heldSlots(url)).map((h) => h.pid)).not.toContain(holder.pid);
    release();
    // The request on the cut connection ends later: its release drops that connection quietly.
    releaseA();
    await expect.poll(() => a.local.inUse).toBe(0);
  });

  it('a release is heard at once through LISTEN/NOTIFY, not after the poll', async () => {
    const [a, b] = [await instance(1), await instance(1, 60_000)];
    const release = await a.acquire();
    const waiting = b.acquire();
    await sleep(100);
    const t0 = performance.now();
    release();
    (await waiting)();
    expect(performance.now() - t0).toBeLessThan(2_000);
  });

  it('one try takes one slot, not every free one', async () => {
    const [first, second] = [new pg.Client(url), new pg.Client(url)];
    await Promise.all([first.connect(), second.connect()]);
    const tryOn = (c: pg.Client) => trySlot(c as unknown as pg.PoolClient, TEST_KEY, 8);
    try {
      expect(await tryOn(first)).toBe(0);
      expect(await heldSlots(url)).toEqual([{ slot: 0, pid: expect.any(Number) }]);
      // A session's advisory locks are re-entrant, so a connection is never tried twice
      // while it holds one (SlotHolder); another connection gets the next free slot.
      expect(await tryOn(second)).toBe(1);
      expect((await heldSlots(url)).map((h) => h.slot)).toEqual([0, 1]);
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
  });

  it('with Postgres unreachable a request waits (never past the limit) until stopped', async () => {
    const gone = await startInstance('postgres://nobody@127.0.0.1:1/none', 4, 100);
    open.push(gone);
    const errors: unknown[] = [];
    const logged = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const ctrl = new AbortController();
      const waiting = gone.limiter.acquire(ctrl.signal);
      await sleep(350);
      ctrl.abort(new Error('Stop'));
      await expect(waiting).rejects.toThrow('Stop');
      expect(errors).toHaveLength(1); // said once, not at every retry
      await expect.poll(() => gone.limiter.local.inUse).toBe(0);
    } finally {
      console.error = logged;
    }
  });
});
