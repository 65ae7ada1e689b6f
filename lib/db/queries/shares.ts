import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '../client';
import { newId } from '../ids';
import { shares } from '../schema';

export type ShareRow = typeof shares.$inferSelect;

/** A new read-only link; the token is 128 random bits, so links cannot be guessed. */
export async function createShare(sessionId: string): Promise<ShareRow> {
  const row = { token: newId(), sessionId, createdAt: Date.now() };
  getDb().insert(shares).values(row).run();
  return row;
}

export async function getShare(token: string): Promise<ShareRow | undefined> {
  return getDb().select().from(shares).where(eq(shares.token, token)).get();
}

export async function listShares(sessionId: string): Promise<ShareRow[]> {
  return getDb()
    .select()
    .from(shares)
    .where(eq(shares.sessionId, sessionId))
    .orderBy(desc(shares.createdAt))
    .all();
}

/** Revokes a link; true when there was one. */
export async function deleteShare(token: string): Promise<boolean> {
  return getDb().delete(shares).where(eq(shares.token, token)).run().changes > 0;
}
