import 'server-only';
import type { Logger } from 'drizzle-orm';
import { ambientTransaction } from './ambient';

/**
 * Guards of the SQLite async transaction (`./sqlite-transaction.ts`). Its guarantee, that
 * no other request's statement runs inside it, holds only while the body awaits nothing but
 * database statements (each resolves in a microtask, so the body never leaves the macrotask
 * it began in). Both guards throw outside production, so tests and dev find a body or a
 * caller that breaks this; in production they report once per kind and let the work go on.
 */
const strict = () => process.env.NODE_ENV !== 'production';
const reported = new Set<string>();

function violation(message: string): void {
  if (strict()) throw new Error(message);
  if (reported.has(message)) return;
  reported.add(message);
  console.error(`[proofdesk] ${message}`);
}

/**
 * Notices a macrotask boundary inside a transaction body: a setImmediate queued at BEGIN
 * has run by the time a body that awaited a timer or real I/O resumes.
 */
export function macrotaskGuard(what: string): { check: () => void; stop: () => void } {
  let crossed = false;
  const timer = setImmediate(() => {
    crossed = true;
  });
  return {
    check: () => {
      if (crossed)
        violation(
          `the ${what} transaction awaited something other than a database statement (a timer or I/O) while open on the shared SQLite connection`,
        );
    },
    stop: () => clearImmediate(timer),
  };
}

/** The owner of the async transaction open on the SQLite connection, if any. */
let openOwner: object | null = null;

export function markSqliteTransactionOpen(owner: object | null): void {
  openOwner = owner;
}

/**
 * A drizzle logger that sees every builder statement just before it runs: one issued from
 * outside the open async transaction's body (another request's microtask that ran between
 * two of its awaits) would commit or roll back with it.
 */
export const interleavingGuard: Logger = {
  logQuery(query) {
    if (!openOwner || ambientTransaction()?.owner === openOwner) return;
    violation(`a statement from outside an open transaction ran inside it: ${query.slice(0, 80)}`);
  },
};
