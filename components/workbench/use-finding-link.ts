'use client';

import { useEffect, useRef } from 'react';
import type { Round } from '@/lib/schemas';

/**
 * `/sessions/:id?finding=…` (a search result on home links there): once the session is read,
 * opens the round that holds the finding and selects it. Once per page load, so later
 * navigation inside the workbench is the person's own.
 */
export function useFindingLink(
  rounds: Round[],
  openRound: (roundId: string) => void,
  select: (findingId: string) => void,
) {
  const done = useRef(false);
  useEffect(() => {
    if (done.current || !rounds.length) return;
    done.current = true;
    const id = new URLSearchParams(window.location.search).get('finding');
    const round = id ? rounds.find((r) => r.findings.some((f) => f.id === id)) : undefined;
    if (!id || !round) return;
    openRound(round.id);
    select(id);
  }, [rounds, openRound, select]);
}
