import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FrameThrottle } from './frame-throttle';

describe('FrameThrottle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // Animation frames every 16 ms, as a browser draws them.
    vi.stubGlobal('requestAnimationFrame', (fn: FrameRequestCallback) =>
      setTimeout(() => fn(performance.now()), 16),
    );
    vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs on the next frame, then at most once per interval however often it is scheduled', () => {
    const runs: number[] = [];
    const throttle = new FrameThrottle(() => runs.push(performance.now()), 100);
    const start = performance.now();
    for (let t = 0; t < 1_000; t += 5) {
      throttle.schedule();
      vi.advanceTimersByTime(5);
    }
    vi.advanceTimersByTime(200);
    expect(runs[0] - start).toBeLessThanOrEqual(16);
    for (let i = 1; i < runs.length; i++) expect(runs[i] - runs[i - 1]).toBeGreaterThanOrEqual(100);
    // A steady cadence, not only the first and last: about ten runs in a second.
    expect(runs.length).toBeGreaterThanOrEqual(9);
    expect(runs.length).toBeLessThanOrEqual(11);
  });

  it('runs nothing once cancelled, and again when scheduled afterwards', () => {
    const callback = vi.fn();
    const throttle = new FrameThrottle(callback, 100);
    throttle.schedule();
    throttle.cancel();
    vi.advanceTimersByTime(500);
    expect(callback).not.toHaveBeenCalled();
    throttle.schedule();
    vi.advanceTimersByTime(20);
    expect(callback).toHaveBeenCalledTimes(1);
  });
});
