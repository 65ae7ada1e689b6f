/** setTimeout's ceiling (~24.8 days); longer values fire immediately in Node. */
export const MAX_TIMER_MS = 2_147_483_647;

export type StopKind = 'aborted' | 'deadline' | 'idle-timeout';

/** The reason we aborted a request ourselves; carried as the AbortSignal's reason. */
export class StopReason extends Error {
  constructor(
    readonly kind: StopKind,
    message: string,
  ) {
    super(message);
  }
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${Math.round(ms / 100) / 10} s`;
  if (ms < 3_600_000) return `${Math.round(ms / 6_000) / 10} min`;
  return `${Math.round(ms / 360_000) / 10} h`;
}

/**
 * Spans a whole streamChat call, retries included: aborts on the caller's Stop signal or
 * when the overall deadline passes.
 */
export class CallGuard {
  private readonly controller = new AbortController();
  private readonly timer: ReturnType<typeof setTimeout>;
  private readonly onUserAbort = () =>
    this.stop(new StopReason('aborted', 'Stopped: the request to the model server was cancelled.'));

  constructor(
    private readonly userSignal: AbortSignal | undefined,
    deadlineMs: number,
  ) {
    this.timer = setTimeout(
      () =>
        this.stop(
          new StopReason(
            'deadline',
            `The model request passed its overall deadline of ${formatDuration(deadlineMs)} and was closed.`,
          ),
        ),
      Math.min(deadlineMs, MAX_TIMER_MS),
    );
    if (userSignal?.aborted) this.onUserAbort();
    else userSignal?.addEventListener('abort', this.onUserAbort, { once: true });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  private stop(reason: StopReason): void {
    if (!this.controller.signal.aborted) this.controller.abort(reason);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.userSignal?.removeEventListener('abort', this.onUserAbort);
  }
}

/**
 * The clock `touch()` reads. Not `Date.now()`: the server patches it (Next tracks it as
 * I/O for prerendering, two AsyncLocalStorage look-ups a call), and `touch()` runs per
 * network chunk, i.e. per token (issue 21's profile: a fifth of the per-token path).
 */
const clock = () => performance.now();

/**
 * One HTTP attempt's signal: follows the call's signal and also aborts after `idleMs`
 * without a byte from the server. `touch()` is called per received chunk, so it only
 * records the time; the timer re-arms itself for the remaining silence instead of being
 * reset thousands of times a second.
 */
export class IdleWatch {
  private readonly controller = new AbortController();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last = clock();
  private readonly onParentAbort = () => this.abort(this.parent.reason);

  constructor(
    private readonly parent: AbortSignal,
    private readonly idleMs: number,
  ) {
    if (parent.aborted) this.abort(parent.reason);
    else parent.addEventListener('abort', this.onParentAbort, { once: true });
    this.arm(Math.min(idleMs, MAX_TIMER_MS));
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  readonly touch = (): void => {
    this.last = clock();
  };

  abort(reason?: unknown): void {
    if (!this.controller.signal.aborted) this.controller.abort(reason);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.parent.removeEventListener('abort', this.onParentAbort);
  }

  private arm(ms: number): void {
    this.timer = setTimeout(() => {
      const silent = clock() - this.last;
      if (silent < this.idleMs) return this.arm(Math.min(this.idleMs - silent, MAX_TIMER_MS));
      this.abort(
        new StopReason(
          'idle-timeout',
          `The model server sent nothing for ${formatDuration(this.idleMs)} (idle timeout), so the connection was closed.`,
        ),
      );
    }, ms);
  }
}
