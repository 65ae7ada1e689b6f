'use client';

import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/client';
import type { ModelRole } from '@/lib/schemas';
import { queryKeys } from './query-keys';

/** Each role's model, provider profile, host and the parameters a run sends. */
export function useModelSettings() {
  return useQuery({
    queryKey: queryKeys.modelSettings,
    queryFn: ({ signal }) => api.settings.models({ signal }),
  });
}

/** One minimal request shaped exactly like a run of the role, and what came back. */
export function useTestConnection(role: ModelRole) {
  return useMutation({ mutationFn: () => api.settings.testConnection(role) });
}
