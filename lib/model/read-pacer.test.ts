import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TICK_MS } from '@/lib/async/process-tick';
import { paceReads } from './read-pacer';

afterEach(() => {
  vi.useRealTimers();
});

/** Lets the tick's timer, its setImmediate and the streams' nextTicks run. */
async function tickOnce() {
  await vi.advanceTimersByTimeAsync(TICK_MS);
}

describe('paceReads', () => {
  it('leaves a stream flowing during its eager start, then pauses it between ticks', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setImmediate', 'performance'] });
    const body = new PassThrough();
    const seen: string[] = [];
    body.on('data', (b: Buffer) => seen.push(b.toString()));
    const release = paceReads(body, null, { eagerMs: 100 });
    await tickOnce();
    expect(body.isPaused()).toBe(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(body.isPaused()).toBe(true);
    // Written between ticks: held until the next tick lets it through.
    body.write('a');
    body.write('b');
    await Promise.resolve();
    expect(seen.join('')).toBe('');
    await tickOnce();
    expect(seen.join('')).toBe('ab');
    expect(body.isPaused()).toBe(true);
    release();
    body.write('c');
    await vi.advanceTimersByTimeAsync(0);
    expect(seen.join('')).toBe('abc');
    expect(body.isPaused()).toBe(false);
  });

  it('paces a stream as soon as its opening has been read, before its eager time is up', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setImmediate', 'performance'] });
    const body = new PassThrough();
    body.on('data', () => {});
    let opening = false;
    const release = paceReads(body, null, { eagerMs: 10_000, openingRead: () => opening });
    // Past the first tick and the reads it let through.
    await vi.advanceTimersByTimeAsync(TICK_MS + 5);
    expect(body.isPaused()).toBe(false);
    opening = true;
    await tickOnce();
    expect(body.isPaused()).toBe(true);
    release();
  });
});
