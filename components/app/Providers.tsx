'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { TipProvider } from '@/components/ui/Tip';

export function Providers({ children }: { children: React.ReactNode }) {
  const [client] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 2_000, retry: 1 } } }),
  );
  return (
    <QueryClientProvider client={client}>
      <TipProvider>{children}</TipProvider>
    </QueryClientProvider>
  );
}
