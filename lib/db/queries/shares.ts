import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { conn } from '../conn';
import { newId } from '../ids';
import { affectedRows, first } from '../rows';
import type { shares } from '../schema';

export type ShareRow = typeof shares.$inferSelect;

/** A new read-only link; the token is 128 random bits, so links cannot be guessed. */
export async function createShare(sessionId: string): Promise<ShareRow> {
  const { db, t } = await conn();
  const row = { token: newId(), sessionId, createdAt: Date.now() };
  await db.insert(t.shares).values(row);
  return row;
}

export async function getShare(token: string): Promise<ShareRow | undefined> {
  const { db, t } = await conn();
  return first(db.select().from(t.shares).where(eq(t.shares.token, token)).limit(1));
}

export async function listShares(sessionId: string): Promise<ShareRow[]> {
  const { db, t } = await conn();
  return db
    .select()
    .from(t.shares)
    .where(eq(t.shares.sessionId, sessionId))
    .orderBy(desc(t.shares.createdAt));
}

/** Revokes a link; true when there was one. */
export async function deleteShare(token: string): Promise<boolean> {
  const { db, t } = await conn();
  return affectedRows(await db.delete(t.shares).where(eq(t.shares.token, token))) > 0;
}
