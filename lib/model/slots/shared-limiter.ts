import 'server-only';
import type { Semaphore } from '../semaphore';
import { type HeldSlot, SlotHolder, type SlotHolderOptions } from './slot-holder';

/** What a model request waits on before it is sent: resolves to the function that frees it. */
export interface EndpointLimiter {
  /** `onWait` is called (once at most) when the request cannot be sent at once. */
  acquire(signal?: AbortSignal, onWait?: () => void): Promise<() => void>;
}

/**
 * An endpoint's limit across every instance sharing the database: the process's own
 * semaphore first (FIFO here, and no Postgres round trip while this instance alone is at
 * the limit), then one of the endpoint's advisory-lock slots in Postgres. The local slot is
 * freed only after the Postgres one, so this instance never holds more connections than its
 * limit.
 */
export class SharedEndpointLimiter implements EndpointLimiter {
  private readonly slots: SlotHolder;

  constructor(
    readonly local: Semaphore,
    opts: SlotHolderOptions,
  ) {
    this.slots = new SlotHolder(opts);
  }

  async acquire(signal?: AbortSignal, onWait?: () => void): Promise<() => void> {
    let waited = false;
    const waiting = () => {
      if (!waited) onWait?.();
      waited = true;
    };
    const releaseLocal = await this.local.acquire(signal, waiting);
    let held: HeldSlot;
    try {
      held = await this.slots.hold(this.local.limit, signal, waiting);
    } catch (err) {
      releaseLocal();
      throw err;
    }
    return () => void held.release().finally(releaseLocal);
  }

  /** Ends the slot connections (tests; a process that exits drops them anyway). */
  end(): Promise<void> {
    return this.slots.end();
  }
}
