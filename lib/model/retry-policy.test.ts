import { describe, expect, it } from 'vitest';
import { MAX_RETRY_DELAY_MS, parseRetryAfter, retryDelayMs, sleep } from './retry-policy';

const headers = (h: Record<string, string>) => new Headers(h);

describe('parseRetryAfter', () => {
  it('reads seconds, fractional seconds and retry-after-ms', () => {
    expect(parseRetryAfter(headers({ 'retry-after': '2' }))).toBe(2000);
    expect(parseRetryAfter(headers({ 'retry-after': '0.5' }))).toBe(500);
    expect(parseRetryAfter(headers({ 'retry-after-ms': '250', 'retry-after': '9' }))).toBe(250);
  });
  it('reads an HTTP date relative to now', () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter(headers({ 'retry-after': 'Wed, 01 Jan 2025 00:00:30 GMT' }), now)).toBe(
      30_000,
    );
    expect(parseRetryAfter(headers({ 'retry-after': 'Tue, 31 Dec 2024 00:00:00 GMT' }), now)).toBe(
      0,
    );
  });
  it('returns null when absent or unreadable', () => {
    expect(parseRetryAfter(headers({}))).toBeNull();
    expect(parseRetryAfter(headers({ 'retry-after': 'soon' }))).toBeNull();
    expect(parseRetryAfter(undefined)).toBeNull();
  });
});

describe('retryDelayMs', () => {
  it('backs off exponentially with jitter between 50% and 100% of the step', () => {
    expect(retryDelayMs(1, 1000, null, () => 0)).toBe(500);
    expect(retryDelayMs(1, 1000, null, () => 1)).toBe(1000);
    expect(retryDelayMs(3, 1000, null, () => 1)).toBe(4000);
  });
  it('honours Retry-After with at most 10% jitter, capped', () => {
    expect(retryDelayMs(1, 10, 1000, () => 0)).toBe(1000);
    expect(retryDelayMs(1, 10, 1000, () => 1)).toBe(1100);
    expect(retryDelayMs(1, 10, 3_600_000, () => 0)).toBe(MAX_RETRY_DELAY_MS);
    expect(retryDelayMs(20, 1000, null, () => 1)).toBe(MAX_RETRY_DELAY_MS);
  });
});

describe('sleep', () => {
  it('rejects with the abort reason as soon as the signal aborts', async () => {
    const controller = new AbortController();
    // An hour-long sleep: only the abort can end it before the test's timeout.
    const pending = sleep(3_600_000, controller.signal);
    setTimeout(() => controller.abort(new Error('stop')), 20);
    await expect(pending).rejects.toThrow('stop');
  });
});
