'use client';

import { useDeferredValue, useMemo } from 'react';
import type { RoundOutline } from '@/lib/schemas';
import { buildOutline } from '@/lib/structure/outline';
import { type FindingLines, roundOutline } from '@/lib/structure/round-outline';

/**
 * The outline of the text the editor shows, with findings rolled up per node: computed in the
 * browser with the server's own module, so it follows typing and streaming without a request.
 * The text is deferred: a keystroke never waits for the outline.
 */
export function useRoundOutline(
  text: string,
  findings: FindingLines[],
  verified: boolean,
  partScores?: Record<string, number | null>,
): RoundOutline {
  const deferred = useDeferredValue(text);
  const outline = useMemo(() => buildOutline(deferred), [deferred]);
  return useMemo(
    () => roundOutline(deferred, findings, verified, outline, partScores ?? {}),
    [deferred, findings, verified, outline, partScores],
  );
}
