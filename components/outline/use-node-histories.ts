'use client';

import { useMemo } from 'react';
import type { Round, RoundOutline } from '@/lib/schemas';
import { describeHistory, nodeHistories } from '@/lib/structure/node-identity';
import { isVerified, roundOutline } from '@/lib/structure/round-outline';

/**
 * For each node of the open round, its story through the earlier rounds ("critical in R1,
 * fixed in R2") when a problem came or went: nodes are followed back by label and statement
 * similarity.
 */
export function useNodeHistories(
  earlier: Round[],
  current: { index: number; text: string; outline: RoundOutline } | null,
): Map<string, string> {
  const past = useMemo(
    () =>
      earlier.map((r) => ({
        index: r.index,
        text: r.proof,
        outline: roundOutline(r.proof, r.findings, isVerified(r)),
      })),
    [earlier],
  );
  return useMemo(() => {
    const out = new Map<string, string>();
    if (!current || !past.length) return out;
    for (const [id, history] of nodeHistories([...past, current])) {
      // Only a story with a problem in it is worth a line: "gaps in R1, fixed in R2".
      const troubled = history.some((h) => h.status === 'gaps' || h.status === 'critical');
      const changed = history.some((h) => h.status !== history[0].status);
      if (troubled && changed) out.set(id, describeHistory('', history).replace(/^: /, ''));
    }
    return out;
  }, [past, current]);
}
