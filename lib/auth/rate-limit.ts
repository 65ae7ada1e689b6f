/**
 * Failed-login limiter: at most `perClient` failures per client address in a sliding window,
 * and `overall` across all addresses (the address comes from X-Forwarded-For, which a
 * client can vary, so the overall cap is what bounds guessing in the end).
 */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();
  private all: number[] = [];

  constructor(
    private readonly perClient = 10,
    private readonly overall = 100,
    private readonly windowMs = 60_000,
  ) {}

  /** Seconds to wait before `client` may try again, or 0 when it may try now. */
  retryAfter(client: string, now = Date.now()): number {
    const mine = this.recent(this.failures.get(client) ?? [], now);
    this.all = this.recent(this.all, now);
    const wait = (times: number[], limit: number) =>
      times.length >= limit ? times[times.length - limit] + this.windowMs - now : 0;
    const ms = Math.max(wait(mine, this.perClient), wait(this.all, this.overall));
    return ms > 0 ? Math.ceil(ms / 1000) : 0;
  }

  fail(client: string, now = Date.now()): void {
    const mine = this.recent(this.failures.get(client) ?? [], now);
    mine.push(now);
    this.failures.set(client, mine);
    this.all.push(now);
    if (this.failures.size > 10_000) this.sweep(now);
  }

  private recent(times: number[], now: number): number[] {
    return times.filter((t) => t > now - this.windowMs);
  }

  private sweep(now: number): void {
    for (const [k, v] of this.failures) {
      if (!this.recent(v, now).length) this.failures.delete(k);
    }
  }
}

/** The client's address as Next reports it (the socket's, unless a proxy set the header). */
export function clientAddress(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown';
}
