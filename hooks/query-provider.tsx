'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '@/lib/client';

/** A 4xx answer will not change on a second try (not found, refused, invalid): say it at once. */
function retryOnce(failures: number, err: unknown): boolean {
  const refused = isApiError(err) && err.status >= 400 && err.status < 500;
  return failures < 1 && !refused;
}

/** The query cache every hook in hooks/ reads and writes: one per browser tab. */
export function QueryProvider({ children }: { children: React.ReactNode }) {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 2_000, retry: retryOnce } } }),
  );
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
