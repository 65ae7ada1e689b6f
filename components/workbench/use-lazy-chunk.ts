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

type Pending = { show: () => void; cancelIdle: (() => void) | null };

/**
 * Watches the chunks of one preview that are not rendered yet: shows each as it comes near
 * the preview's visible part, and — unless paused — the rest in idle time. Paused while a
 * draft streams: every chunk rendered then makes each frame's style, layout and paint
 * costlier, so far chunks wait until the stream has ended.
 */
export class NearViewWatcher {
  private io: IntersectionObserver | null = null;
  private readonly pending = new Map<Element, Pending>();
  private idleFill = true;

  watch(el: Element, show: () => void): () => void {
    if (typeof IntersectionObserver !== 'function') {
      show();
      return () => {};
    }
    // Created on first use, when the preview is in the page and its scroller is known.
    this.io ??= new IntersectionObserver(
      (entries) => {
        for (const e of entries) if (e.isIntersecting) this.pending.get(e.target)?.show();
      },
      // Two screens above and below: scrolling reaches rendered content first.
      { root: scrollerOf(el), rootMargin: '200% 0px' },
    );
    const entry: Pending = { show, cancelIdle: this.idleFill ? renderWhenIdle(show) : null };
    this.pending.set(el, entry);
    this.io.observe(el);
    return () => {
      entry.cancelIdle?.();
      this.pending.delete(el);
      this.io?.unobserve(el);
    };
  }

  /** Whether chunks far from the view render in idle time (in document order). */
  setIdleFill(enabled: boolean) {
    if (enabled === this.idleFill) return;
    this.idleFill = enabled;
    for (const entry of this.pending.values()) {
      entry.cancelIdle?.();
      entry.cancelIdle = enabled ? renderWhenIdle(entry.show) : null;
    }
  }

  disconnect() {
    for (const entry of this.pending.values()) entry.cancelIdle?.();
    this.pending.clear();
    this.io?.disconnect();
    this.io = null;
  }
}

export const NearViewContext = createContext<NearViewWatcher | null>(null);

/**
 * Whether a chunk's content should be rendered. `eager` chunks render at once; others when
 * they come near the visible part of the preview, or when the page is idle (see
 * NearViewWatcher) — so a long proof renders the part being read first, and the rest without
 * blocking a frame. Once shown, a chunk stays shown.
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
    return watcher.watch(el, () => setShown(true));
  }, [shown, eager, watcher, ref]);
  return shown || eager;
}
