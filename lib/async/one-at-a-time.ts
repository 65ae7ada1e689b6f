/**
 * Runs tasks of one kind one after another, in the order they were queued. Kept on
 * `globalThis` by name: the server's bundles (instrumentation, each route) load their own
 * copies of a module, and a queue per copy would not serialise anything.
 */
type Queue = { tail: Promise<unknown> };
type G = typeof globalThis & { [k: symbol]: Queue | undefined };

export function oneAtATime<T>(name: string, task: () => Promise<T>): Promise<T> {
  const key = Symbol.for(`proofdesk.one-at-a-time.${name}`);
  const g = globalThis as G;
  g[key] ??= { tail: Promise.resolve() };
  const queue = g[key];
  const run = queue.tail.then(task, task);
  // The next task waits for this one to settle, failed or not.
  queue.tail = run.catch(() => undefined);
  return run;
}
