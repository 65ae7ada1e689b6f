'use client';

import { usePathname } from 'next/navigation';

/**
 * Pages that must show nothing but one session — shared links (no way to other sessions or
 * settings), replays on a projector, print — render without the app's top bar. Decided from
 * the path during server rendering too, so the bar is absent from the HTML, not just hidden.
 */
export function isBareChromePath(path: string): boolean {
  return path.startsWith('/s/') || /^\/sessions\/[^/]+\/(replay|print)\/?$/.test(path);
}

export function ChromeGate({ children }: { children: React.ReactNode }) {
  const path = usePathname() ?? '/';
  return isBareChromePath(path) ? null : children;
}
