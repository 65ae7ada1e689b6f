'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/client/api';
import { pipelineApi } from '@/lib/client/pipeline-api';
import type { PipelineSettings, PipelineSettingsPatch, SessionDetail } from '@/lib/schemas';

const FALLBACK: PipelineSettings = { samples: 1, metaAuto: false, minConfirmed: 1 };

/** The session's pipeline settings, saved at once and patched into the cached session. */
export function usePipelineSettings(session: SessionDetail) {
  const qc = useQueryClient();
  const save = useMutation({
    mutationFn: (patch: PipelineSettingsPatch) => pipelineApi.settings(session.id, patch),
    onMutate: (patch) =>
      qc.setQueryData<SessionDetail>(queryKeys.session(session.id), (s) =>
        s ? { ...s, pipeline: { ...(s.pipeline ?? FALLBACK), ...patch } } : s,
      ),
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.session(session.id) }),
  });
  return { settings: session.pipeline ?? FALLBACK, save: save.mutate, error: save.error };
}
