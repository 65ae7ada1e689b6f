'use client';

import { useEffect } from 'react';

/**
 * After each step, brings what it added into view: the finding that just appeared, centred
 * below the sticky bar (`replay-current`); the verdict; or the top for a new draft.
 */
export function useScrollToStep(step: number, phase: string | null) {
  useEffect(() => {
    if (!phase) return;
    // The frame after render, so KaTeX has laid out the blocks above the target.
    const id = requestAnimationFrame(() => {
      const target =
        phase === 'finding'
          ? document.querySelector('[data-testid="replay-current"]')
          : phase === 'verdict'
            ? document.querySelector('[data-testid="replay-verdict"]')
            : null;
      if (target) target.scrollIntoView({ block: 'center' });
      else if (step > 1) window.scrollTo({ top: 0 });
    });
    return () => cancelAnimationFrame(id);
  }, [step, phase]);
}
