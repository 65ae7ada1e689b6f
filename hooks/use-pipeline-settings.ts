'use client';

import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/client';
import type { PipelineSettings, PipelineSettingsPatch, SessionDetail } from '@/lib/schemas';
import { useSessionCache } from './use-session';

const FALLBACK: PipelineSettings = { samples: 1, metaAuto: false, minConfirmed: 1 };

/** The session's pipeline settings, saved at once and patched into the cached session. */
export function usePipelineSettings(session: SessionDetail) {
  const cache = useSessionCache(session.id);
  const save = useMutation({
    mutationFn: (patch: PipelineSettingsPatch) =>
      api.sessions.updatePipelineSettings(session.id, patch),
    onMutate: (patch) =>
      cache.patch((s) => ({ ...s, pipeline: { ...(s.pipeline ?? FALLBACK), ...patch } })),
    onSettled: () => cache.refresh(),
  });
  return { settings: session.pipeline ?? FALLBACK, save: save.mutate, error: save.error };
}
