import 'server-only';
import { defaultMinConfirmed, defaultVerifySamples } from '@/lib/config/verification';
import { getVerificationSettings, saveVerificationSettings } from '@/lib/db';
import type { VerificationSettings, VerificationSettingsPatch } from '@/lib/schemas';

/** A session's verification settings (samples, meta-verification, agreement), falling back to the server's defaults. */
export async function verificationSettings(sessionId: string): Promise<VerificationSettings> {
  const row = await getVerificationSettings(sessionId);
  return {
    samples: row?.samples ?? defaultVerifySamples(),
    metaAuto: row?.metaAuto ?? false,
    minConfirmed: row?.minConfirmed ?? defaultMinConfirmed(),
  };
}

export async function updateVerificationSettings(
  sessionId: string,
  patch: VerificationSettingsPatch,
): Promise<VerificationSettings> {
  await saveVerificationSettings(sessionId, patch);
  return verificationSettings(sessionId);
}
