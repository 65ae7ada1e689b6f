'use client';

import { useEffect, useRef } from 'react';
import { eventKey, SHORTCUTS, type ShortcutId } from '@/components/keys/shortcuts';

type Handlers = {
  next: () => void;
  prev: () => void;
  toggleUnresolved: () => void;
  open: () => void;
};

const ACTIONS: [ShortcutId, keyof Handlers][] = [
  ['reviewNext', 'next'],
  ['reviewPrev', 'prev'],
  ['reviewUnresolved', 'toggleUnresolved'],
  ['reviewOpen', 'open'],
];
/** Event key → action, from the one shortcut list the `?` dialog shows. */
const KEYS: Record<string, keyof Handlers> = Object.fromEntries(
  ACTIONS.flatMap(([id, action]) => SHORTCUTS[id].keys.map((k) => [eventKey(k), action])),
);

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
