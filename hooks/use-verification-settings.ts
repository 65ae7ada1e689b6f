'use client';

import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/client';
import type { SessionDetail, VerificationSettings, VerificationSettingsPatch } from '@/lib/schemas';
import { useSessionCache } from './use-session';

const FALLBACK: VerificationSettings = { samples: 1, metaAuto: false, minConfirmed: 1 };

/** The session's verification settings, saved at once and patched into the cached session. */
export function useVerificationSettings(session: SessionDetail) {
  const cache = useSessionCache(session.id);
  const save = useMutation({
    mutationFn: (patch: VerificationSettingsPatch) =>
      api.sessions.updateVerificationSettings(session.id, patch),
    onMutate: (patch) =>
      cache.patch((s) => ({
        ...s,
        verificationSettings: { ...(s.verificationSettings ?? FALLBACK), ...patch },
      })),
    onSettled: () => cache.refresh(),
  });
  return {
    settings: session.verificationSettings ?? FALLBACK,
    save: save.mutate,
    error: save.error,
  };
}
