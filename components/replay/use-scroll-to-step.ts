'use client';

import { useEffect } from 'react';

/** What a reader does to scroll on their own: after one of these, the page is theirs. */
const READER_SCROLLS = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;

/**
 * After each step, brings what it added into view: the finding that just appeared, centred
 * below the sticky bar (`replay-current`); the verdict; or the top for a new draft.
 */
export function useScrollToStep(step: number, phase: string | null) {
  useEffect(() => {
    if (!phase) return;
    let done = false;
    const stop = () => {
      done = true;
    };
    const place = () => {
      const target =
        phase === 'finding'
          ? document.querySelector('[data-testid="replay-current"]')
          : phase === 'verdict'
            ? document.querySelector('[data-testid="replay-verdict"]')
            : null;
      if (target) target.scrollIntoView({ block: 'center' });
      else if (step > 1) window.scrollTo({ top: 0 });
    };
    // The frame after render, so KaTeX has laid out the blocks above the target.
    const frame = requestAnimationFrame(() => {
      place();
      // That layout is what asks for KaTeX's fonts. On a first visit or a loaded machine they
      // arrive after this frame, and the formulas above change height: the finding ended up
      // 8 px above centre. Once the fonts are in, centre it again, unless the reader has
      // scrolled meanwhile.
      for (const kind of READER_SCROLLS) window.addEventListener(kind, stop, { passive: true });
      void document.fonts.ready.then(() => {
        if (!done) place();
      });
    });
    return () => {
      stop();
      cancelAnimationFrame(frame);
      for (const kind of READER_SCROLLS) window.removeEventListener(kind, stop);
    };
  }, [step, phase]);
}
