'use client';

import { createContext, type RefObject, useContext, useEffect, useState } from 'react';
import { renderWhenIdle } from './idle-queue';

/** The nearest ancestor that scrolls vertically, or null (the viewport). */
function scrollerOf(el: Element): Element | null {
  for (let a = el.parentElement; a; a = a.parentElement) {
    const { overflowY } = getComputedStyle(a);
    if (overflowY === 'auto' || overflowY === 'scroll') return a;
  }
  return null;
}

/** Watches chunks of one preview: shows each as it comes near the preview's visible part. */
export class NearViewWatcher {
  private io: IntersectionObserver | null = null;
  private readonly shows = new Map<Element, () => void>();

  watch(el: Element, show: () => void): () => void {
    if (typeof IntersectionObserver !== 'function') {
      show();
      return () => {};
    }
    // Created on first use, when the preview is in the page and its scroller is known.
    this.io ??= new IntersectionObserver(
      (entries) => {
        for (const e of entries) if (e.isIntersecting) this.shows.get(e.target)?.();
      },
      // Two screens above and below: scrolling reaches rendered content first.
      { root: scrollerOf(el), rootMargin: '200% 0px' },
    );
    this.shows.set(el, show);
    this.io.observe(el);
    return () => {
      this.shows.delete(el);
      this.io?.unobserve(el);
    };
  }

  disconnect() {
    this.io?.disconnect();
    this.io = null;
  }
}

export const NearViewContext = createContext<NearViewWatcher | null>(null);

/**
 * Whether a chunk's content should be rendered. `eager` chunks render at once; others when
 * they come near the visible part of the preview, or when the page is idle — so a long proof
 * renders the part being read first, and the rest without blocking a frame. Once shown, a
 * chunk stays shown.
 */
export function useShowWhenNear(ref: RefObject<Element | null>, eager: boolean): boolean {
  const watcher = useContext(NearViewContext);
  const [shown, setShown] = useState(eager || !watcher);
  useEffect(() => {
    if (shown) return;
    if (eager) {
      setShown(true);
      return;
    }
    const el = ref.current;
    if (!el || !watcher) return;
    const show = () => setShown(true);
    const unwatch = watcher.watch(el, show);
    const cancel = renderWhenIdle(show);
    return () => {
      unwatch();
      cancel();
    };
  }, [shown, eager, watcher, ref]);
  return shown || eager;
}
