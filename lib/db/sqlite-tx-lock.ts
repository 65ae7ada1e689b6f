import 'server-only';

/**
 * The SQLite connection is shared by every request, so only one async transaction may be
 * open on it at a time: this FIFO lock makes a second wait (without blocking the event
 * loop) instead of running its BEGIN inside the first. Keyed on globalThis so dev reloads
 * share one lock.
 */
const key = Symbol.for('proofdesk.sqliteTxLock');
type G = typeof globalThis & { [key]?: { tail: Promise<void> } };
const g = globalThis as G;
g[key] ??= { tail: Promise.resolve() };
const lock = g[key];

/** Resolves with `release` once every earlier holder released. */
export async function acquireSqliteTxLock(): Promise<() => void> {
  const before = lock.tail;
  let release = () => {};
  lock.tail = new Promise<void>((r) => {
    release = r;
  });
  await before;
  return release;
}
