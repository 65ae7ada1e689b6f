'use client';

import { useEffect, useRef } from 'react';
import { isTyping, SHORTCUTS, type ShortcutId } from './shortcuts';

/**
 * Calls the handler of a shortcut whose key is pressed outside a text field.
 * A handler that is `undefined` leaves its key alone (e.g. a disabled button's).
 */
export function useShortcuts(handlers: Partial<Record<ShortcutId, (() => void) | undefined>>) {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.metaKey || e.ctrlKey || e.altKey || e.defaultPrevented || isTyping(e.target)) return;
      for (const [id, fn] of Object.entries(ref.current)) {
        if (fn && SHORTCUTS[id as ShortcutId].keys.length === 1) {
          if (SHORTCUTS[id as ShortcutId].keys[0] === e.key) {
            e.preventDefault();
            fn();
            return;
          }
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
