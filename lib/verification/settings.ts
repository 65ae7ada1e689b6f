import 'server-only';
import { defaultMinConfirmed, defaultVerifySamples } from '@/lib/config/pipeline';
import { getSessionPipeline, saveSessionPipeline } from '@/lib/db';
import type { PipelineSettings, PipelineSettingsPatch } from '@/lib/schemas';

/** A session's verification settings (samples, meta-verification, agreement), falling back to the server's defaults. */
export async function verificationSettings(sessionId: string): Promise<PipelineSettings> {
  const row = await getSessionPipeline(sessionId);
  return {
    samples: row?.samples ?? defaultVerifySamples(),
    metaAuto: row?.metaAuto ?? false,
    minConfirmed: row?.minConfirmed ?? defaultMinConfirmed(),
  };
}

export async function updateVerificationSettings(
  sessionId: string,
  patch: PipelineSettingsPatch,
): Promise<PipelineSettings> {
  await saveSessionPipeline(sessionId, patch);
  return verificationSettings(sessionId);
}
