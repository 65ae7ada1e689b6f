import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '../client';
import { verificationSettings } from '../schema';

export type VerificationSettingsRow = typeof verificationSettings.$inferSelect;

export async function getVerificationSettings(
  sessionId: string,
): Promise<VerificationSettingsRow | undefined> {
  return getDb()
    .select()
    .from(verificationSettings)
    .where(eq(verificationSettings.sessionId, sessionId))
    .get();
}

export async function saveVerificationSettings(
  sessionId: string,
  patch: { samples?: number; metaAuto?: boolean; minConfirmed?: number },
): Promise<void> {
  const now = Date.now();
  getDb()
    .insert(verificationSettings)
    .values({ sessionId, ...patch, updatedAt: now })
    .onConflictDoUpdate({
      target: verificationSettings.sessionId,
      set: { ...patch, updatedAt: now },
    })
    .run();
}
