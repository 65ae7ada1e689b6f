'use client';

import { useEffect, useRef } from 'react';

type Handlers = {
  next: () => void;
  prev: () => void;
  toggleUnresolved: () => void;
  open: () => void;
};

const KEYS: Record<string, keyof Handlers> = {
  j: 'next',
  ArrowRight: 'next',
  k: 'prev',
  ArrowLeft: 'prev',
  u: 'toggleUnresolved',
  o: 'open',
};

/** Queue navigation from the keyboard; typing in a field (a rationale, a note) is left alone. */
export function useQueueKeys(handlers: Handlers) {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (
        e.altKey ||
        e.ctrlKey ||
        e.metaKey ||
        t?.closest('input, textarea, select, [contenteditable]')
      )
        return;
      const action = KEYS[e.key];
      if (!action) return;
      e.preventDefault();
      ref.current[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
