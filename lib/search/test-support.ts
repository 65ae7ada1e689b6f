import { driveSearch } from './driver';
import { SearchScheduler } from './scheduler';
import type { CandidateState, Clock, ScheduleMode, SearchShape, Task, TaskResult } from './types';

/** A clock that only moves when the test says so; timers fire in time order. */
export class FakeClock implements Clock {
  private t = 0;
  private timers: { at: number; seq: number; fire: () => void }[] = [];
  private seq = 0;

  now(): number {
    return this.t;
  }

  sleep(ms: number, signal: AbortSignal): Promise<boolean> {
    return new Promise((resolve) => {
      const onAbort = () => {
        this.timers = this.timers.filter((x) => x !== timer);
        resolve(false);
      };
      const timer = {
        at: this.t + ms,
        seq: this.seq++,
        fire: () => {
          signal.removeEventListener('abort', onAbort);
          resolve(true);
        },
      };
      this.timers.push(timer);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Fires the earliest timer; false when none is left. */
  step(): boolean {
    this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    const next = this.timers.shift();
    if (!next) return false;
    this.t = next.at;
    next.fire();
    return true;
  }
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

export type Span = { task: Task; start: number; end: number; aborted: boolean };

/**
 * Runs a whole search on a fake clock: each request takes `duration(task)` simulated ms and
 * a verification scores `score(candidateId)`. Returns what ran when, and the outcome.
 */
export async function simulate(opts: {
  shape: SearchShape;
  mode: ScheduleMode;
  concurrency: number;
  duration: (task: Task, ordinalOf: (id: string) => number) => number;
  score?: (candidate: CandidateState) => number;
  scheduler?: SearchScheduler;
  stopAt?: number;
}) {
  const clock = new FakeClock();
  const scheduler = opts.scheduler ?? new SearchScheduler(opts.shape, opts.mode);
  const spans: Span[] = [];
  let ids = scheduler.pool.length;
  let peak = 0;
  let running = 0;
  const ordinalOf = (id: string) => scheduler.get(id).ordinal;
  const stop = new AbortController();
  const execute = async (task: Task, signal: AbortSignal): Promise<TaskResult | 'aborted'> => {
    running++;
    peak = Math.max(peak, running);
    const span: Span = { task, start: clock.now(), end: -1, aborted: false };
    spans.push(span);
    const finished = await clock.sleep(opts.duration(task, ordinalOf), signal);
    running--;
    span.end = clock.now();
    if (!finished) {
      span.aborted = true;
      return 'aborted';
    }
    if (task.type === 'verify') {
      const score = opts.score?.(scheduler.get(task.candidateId)) ?? 0;
      return { type: 'verify', id: `v${spans.length}`, score, failed: false };
    }
    ids++;
    return { type: 'write', id: `c${ids}`, ordinal: ids, selfScore: null, failed: false };
  };
  const done = driveSearch({
    scheduler,
    execute,
    concurrency: opts.concurrency,
    signal: stop.signal,
  });
  let finished = false;
  let outcome: Awaited<typeof done> | null = null;
  done.then((o) => {
    finished = true;
    outcome = o;
  });
  while (!finished) {
    await flush();
    if (finished) break;
    if (opts.stopAt !== undefined && clock.now() >= opts.stopAt) stop.abort();
    if (!clock.step()) {
      await flush();
      if (!finished) throw new Error('the search stalled: nothing running, nothing to run');
    }
  }
  return {
    spans,
    outcome: outcome as unknown as Awaited<typeof done>,
    scheduler,
    peak,
    makespan: clock.now(),
  };
}
