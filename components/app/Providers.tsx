'use client';

import { TipProvider } from '@/components/ui/Tip';
import { QueryProvider } from '@/hooks/query-provider';

export function Providers({ children }: { children: React.ReactNode }) {
  return (
    <QueryProvider>
      <TipProvider>{children}</TipProvider>
    </QueryProvider>
  );
}
