import { describe, expect, it } from 'vitest';
import { clientAddress, FailureLimiter } from './rate-limit';

describe('failed-login limiter', () => {
  it('lets 10 failures a minute through per address, then says how long to wait', () => {
    const limiter = new FailureLimiter(10, 100, 60_000);
    const t0 = 1_000_000;
    for (let i = 0; i < 10; i++) {
      expect(limiter.retryAfter('a', t0 + i * 1000)).toBe(0);
      limiter.fail('a', t0 + i * 1000);
    }
    expect(limiter.retryAfter('a', t0 + 10_000)).toBe(50); // the first failure leaves at t0+60s
    expect(limiter.retryAfter('b', t0 + 10_000)).toBe(0); // another address is not affected
    expect(limiter.retryAfter('a', t0 + 60_001)).toBe(0);
  });

  it('caps failures across all addresses (a client can vary its forwarded address)', () => {
    const limiter = new FailureLimiter(10, 30, 60_000);
    for (let i = 0; i < 30; i++) limiter.fail(`spoofed-${i}`, 5_000);
    expect(limiter.retryAfter('fresh', 6_000)).toBe(59);
  });

  it('keys clients by the first forwarded address', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '10.0.0.7, 127.0.0.1' }))).toBe(
      '10.0.0.7',
    );
    expect(clientAddress(new Headers())).toBe('unknown');
  });
});
