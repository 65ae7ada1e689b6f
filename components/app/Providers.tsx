'use client';

import { QueryProvider } from '@/hooks/query-provider';

export function Providers({ children }: { children: React.ReactNode }) {
  return <QueryProvider>{children}</QueryProvider>;
}
