import type { SearchScheduler } from './scheduler';
import type { Task, TaskResult } from './types';

/** `aborted`: the request was cut short by a stop; it is handed out again later. */
export type Execute = (task: Task, signal: AbortSignal) => Promise<TaskResult | 'aborted'>;

export type DriveOptions = {
  scheduler: SearchScheduler;
  execute: Execute;
  /** Requests in flight at most. */
  concurrency: number;
  /** Stop (pause, cancel, Stop button): in-flight requests are aborted and released. */
  signal: AbortSignal;
  /** Called after each finished request, before anything else is launched (persist, progress). */
  onResult?: (task: Task, result: TaskResult) => void | Promise<void>;
  /** Checked before each launch: a reason to launch nothing more (e.g. token budget spent). */
  limitReached?: () => boolean;
};

export type DriveOutcome = 'passed' | 'exhausted' | 'stopped' | 'budget';

/**
 * Keeps up to `concurrency` requests running and reacts to each as it finishes, so nothing
 * waits for a batch unless the scheduler says so. No timers: time only passes inside
 * `execute`, which is what lets the tests run it on a fake clock.
 */
export async function driveSearch(opts: DriveOptions): Promise<DriveOutcome> {
  const { scheduler } = opts;
  // One controller per request, so a stop aborts each without piling listeners on one signal.
  const controllers = new Set<AbortController>();
  const cut = new AbortController();
  const stop = () => cut.abort();
  cut.signal.addEventListener('abort', () => {
    for (const c of controllers) c.abort();
  });
  opts.signal.addEventListener('abort', stop, { once: true });
  const running = new Set<Promise<void>>();
  let failure: unknown = null;
  let budgetHit = false;

  const launch = (task: Task) => {
    const ctrl = new AbortController();
    controllers.add(ctrl);
    const job = (async () => {
      let result: TaskResult | 'aborted';
      try {
        result = await opts.execute(task, ctrl.signal);
      } catch (err) {
        scheduler.release(task);
        throw err;
      } finally {
        controllers.delete(ctrl);
      }
      if (result === 'aborted') return scheduler.release(task);
      scheduler.complete(task, result);
      await opts.onResult?.(task, result);
    })()
      .catch((err) => {
        failure ??= err;
        cut.abort();
      })
      .finally(() => running.delete(job));
    running.add(job);
  };

  try {
    for (;;) {
      if (scheduler.status === 'passed' || failure) cut.abort();
      if (!cut.signal.aborted && !budgetHit) {
        while (running.size < opts.concurrency) {
          if (opts.limitReached?.()) {
            budgetHit = true;
            break;
          }
          const task = scheduler.next();
          if (!task) break;
          launch(task);
        }
      }
      if (running.size === 0) break;
      await Promise.race(running);
    }
  } finally {
    opts.signal.removeEventListener('abort', stop);
  }
  if (failure) throw failure;
  if (scheduler.status === 'passed') return 'passed';
  if (opts.signal.aborted) return 'stopped';
  return budgetHit ? 'budget' : 'exhausted';
}
