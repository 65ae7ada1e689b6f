import 'server-only';
import { eq, lte } from 'drizzle-orm';
import { conn } from '../conn';
import { affectedRows, first } from '../rows';
import type { logins } from '../schema';

export type LoginRow = typeof logins.$inferSelect;

export async function insertLogin(row: LoginRow): Promise<void> {
  const { db, t } = await conn();
  await db.insert(t.logins).values(row);
}

export async function findLogin(idHash: string): Promise<LoginRow | undefined> {
  const { db, t } = await conn();
  return first(db.select().from(t.logins).where(eq(t.logins.idHash, idHash)).limit(1));
}

/** Signs one browser out; true when it was signed in. */
export async function deleteLogin(idHash: string): Promise<boolean> {
  const { db, t } = await conn();
  return affectedRows(await db.delete(t.logins).where(eq(t.logins.idHash, idHash))) > 0;
}

/** Forgets expired logins (called when a new one starts, so the table stays small). */
export async function deleteExpiredLogins(now: number): Promise<number> {
  const { db, t } = await conn();
  return affectedRows(await db.delete(t.logins).where(lte(t.logins.expiresAt, now)));
}
