'use client';

import { useEffect } from 'react';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'j', 'n']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'k', 'p']);

/** Presenter keys (clickers send PageUp/PageDown); ignored while typing in a field. */
export function useReplayKeys(step: number, count: number, go: (to: number) => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (e.altKey || e.ctrlKey || e.metaKey || t?.closest('input, textarea, select')) return;
      let to: number | null = null;
      if (NEXT.has(e.key)) to = step + 1;
      else if (PREV.has(e.key)) to = step - 1;
      else if (e.key === 'Home') to = 1;
      else if (e.key === 'End') to = count;
      if (to === null) return;
      e.preventDefault();
      go(to);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, count, go]);
}
