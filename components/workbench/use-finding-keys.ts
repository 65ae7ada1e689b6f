'use client';

import { useEffect, useRef } from 'react';
import type { Decision, Finding } from '@/lib/schemas';

type Handlers = {
  ordered: Finding[];
  selectedId: string | null;
  select: (id: string) => void;
  decide: (id: string, decision: Decision) => void;
  override: (id: string) => void;
};

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  if (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName)) return true;
  // Inside Monaco keys are typing, except in the inline finding box it hosts.
  return !!el.closest('.monaco-editor') && !el.closest('.finding-zone');
}

/** `j`/`k` next/previous finding, `a` accept, `o` override, `d` dismiss — outside text fields. */
export function useFindingKeys(h: Handlers) {
  const ref = useRef(h);
  ref.current = h;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.metaKey || e.ctrlKey || e.altKey || typingIn(e.target)) return;
      const { ordered, selectedId, select, decide, override } = ref.current;
      if (!ordered.length) return;
      const i = ordered.findIndex((f) => f.id === selectedId);
      const current = i >= 0 ? ordered[i] : null;
      const act: Record<string, () => void> = {
        j: () => select(ordered[Math.min(ordered.length - 1, i + 1)].id),
        k: () => select(ordered[Math.max(0, i <= 0 ? 0 : i - 1)].id),
        a: () => current && decide(current.id, 'accepted'),
        d: () => current && decide(current.id, 'dismissed'),
        o: () => current && override(current.id),
      };
      const fn = act[e.key];
      if (!fn) return;
      e.preventDefault();
      fn();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
