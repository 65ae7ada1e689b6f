import 'server-only';
import { eq, lte } from 'drizzle-orm';
import { getDb } from '../client';
import { logins } from '../schema';

export type LoginRow = typeof logins.$inferSelect;

export async function insertLogin(row: LoginRow): Promise<void> {
  getDb().insert(logins).values(row).run();
}

export async function findLogin(idHash: string): Promise<LoginRow | undefined> {
  return getDb().select().from(logins).where(eq(logins.idHash, idHash)).get();
}

/** Signs one browser out; true when it was signed in. */
export async function deleteLogin(idHash: string): Promise<boolean> {
  return getDb().delete(logins).where(eq(logins.idHash, idHash)).run().changes > 0;
}

/** Forgets expired logins (called when a new one starts, so the table stays small). */
export async function deleteExpiredLogins(now: number): Promise<number> {
  return getDb().delete(logins).where(lte(logins.expiresAt, now)).run().changes;
}
