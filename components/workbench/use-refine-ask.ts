'use client';

import { useState } from 'react';
import type { Finding, RunKind } from '@/lib/schemas';
import { sortFindings } from './FindingsPanel';
import type { RefineChoice } from './RefineAsk';

/**
 * Refine with undecided findings asks first (RefineAsk): include them as accepted, leave
 * them out, or review now — Refine never drops them silently.
 */
export function useRefineAsk(
  findings: Finding[],
  h: {
    start: (kind: RunKind) => Promise<void>;
    accept: (id: string) => Promise<unknown>;
    select: (id: string | null) => void;
  },
) {
  const [open, setOpen] = useState(false);
  const undecided = sortFindings(findings).filter((f) => f.decision === 'pending');
  const run = (kind: RunKind) =>
    kind === 'refine' && undecided.length ? setOpen(true) : void h.start(kind);
  const choose = async (choice: RefineChoice) => {
    setOpen(false);
    if (choice === 'review') return h.select(undecided[0]?.id ?? null);
    if (choice === 'accept-all') {
      const done = await Promise.all(undecided.map((f) => h.accept(f.id))).then(
        () => true,
        () => false,
      );
      if (!done) return;
    }
    await h.start('refine');
  };
  return { open, undecided: undecided.length, run, choose, close: () => setOpen(false) };
}
