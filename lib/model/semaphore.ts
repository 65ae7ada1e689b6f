import 'server-only';
/**
 * A counting semaphore: at most `limit` holders at once, served in arrival order. A waiter
 * whose signal aborts leaves the queue at once; `onWait` is called when a request has to
 * queue (so a caller can say it is waiting).
 */
export class Semaphore {
  private active = 0;
  private queue: { grant: () => void; signal?: AbortSignal; onAbort: () => void }[] = [];

  constructor(public limit: number) {}

  get inUse(): number {
    return this.active;
  }

  get waiting(): number {
    return this.queue.length;
  }

  acquire(signal?: AbortSignal, onWait?: () => void): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.active < this.limit) {
      this.active++;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve, reject) => {
      const entry = {
        signal,
        grant: () => {
          signal?.removeEventListener('abort', entry.onAbort);
          this.active++;
          resolve(this.releaser());
        },
        onAbort: () => {
          this.queue = this.queue.filter((e) => e !== entry);
          reject(signal?.reason);
        },
      };
      signal?.addEventListener('abort', entry.onAbort, { once: true });
      this.queue.push(entry);
      onWait?.();
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
      while (this.active < this.limit && this.queue.length) this.queue.shift()?.grant();
    };
  }
}
