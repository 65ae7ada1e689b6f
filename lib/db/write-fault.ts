import 'server-only';

/**
 * Test seam for write failures. Tests install a hook that throws (an `SQLITE_BUSY`, a full
 * disk) to prove that the run engine survives a database it cannot write; in the app the
 * hook is never set and `checkWriteFault` does nothing. Every other part stays real SQLite.
 */
type Hook = (what: string) => void;

const key = Symbol.for('proofdesk.writeFault');
type G = typeof globalThis & { [key]?: Hook | null };

export function setWriteFaultForTests(hook: Hook | null): void {
  (globalThis as G)[key] = hook;
}

/** Called inside write transactions, before anything is written: a throw rolls it back. */
export function checkWriteFault(what: string): void {
  (globalThis as G)[key]?.(what);
}

/** An error shaped like better-sqlite3's, for tests. */
export function sqliteError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: 'SqliteError', code });
}
