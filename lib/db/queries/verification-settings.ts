import 'server-only';
import { eq } from 'drizzle-orm';
import { conn } from '../conn';
import { first } from '../rows';
import type { verificationSettings } from '../schema';

export type VerificationSettingsRow = typeof verificationSettings.$inferSelect;

export async function getVerificationSettings(
  sessionId: string,
): Promise<VerificationSettingsRow | undefined> {
  const { db, t } = await conn();
  return first(
    db
      .select()
      .from(t.verificationSettings)
      .where(eq(t.verificationSettings.sessionId, sessionId))
      .limit(1),
  );
}

export async function saveVerificationSettings(
  sessionId: string,
  patch: { samples?: number; metaAuto?: boolean; minConfirmed?: number },
): Promise<void> {
  const now = Date.now();
  const { db, t } = await conn();
  await db
    .insert(t.verificationSettings)
    .values({ sessionId, ...patch, updatedAt: now })
    .onConflictDoUpdate({
      target: t.verificationSettings.sessionId,
      set: { ...patch, updatedAt: now },
    });
}
