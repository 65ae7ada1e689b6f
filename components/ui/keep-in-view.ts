'use client';

import type { Virtualizer } from '@tanstack/react-virtual';
import { type RefObject, useEffect } from 'react';

/** How many frames to keep checking after a move: a row is drawn and measured within a few. */
const CHECK_FRAMES = 30;

/** Whether `row` is wholly inside `box` (or, taller than the box, covers it). */
function inView(row: Element, box: Element): boolean {
  const r = row.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  if (r.height >= b.height) return r.top <= b.top + 1 && r.bottom >= b.bottom - 1;
  return r.top >= b.top - 1 && r.bottom <= b.bottom + 1;
}

/**
 * Keeps the row at `index` in the scroll box's view. The virtualizer scrolls to where its
 * size guesses put a row it has never drawn; once drawn and measured, the rows above it may
 * be taller or shorter than guessed, and the row can end up just out of view (drawn in the
 * overscan, off screen) with nothing left to move it — seen after a fast walk of hundreds of
 * `j`s on a loaded machine. So after each move the row is checked for some frames and
 * scrolled to again, now from measured sizes, until it is in view.
 */
export function useKeepInView(
  box: RefObject<HTMLElement | null>,
  virtual: Virtualizer<HTMLDivElement, Element>,
  index: number | undefined,
  count: number,
): void {
  useEffect(() => {
    if (index === undefined || index >= count) return;
    virtual.scrollToIndex(index, { align: 'auto' });
    let frames = 0;
    let frame = requestAnimationFrame(function check() {
      const el = box.current;
      const row = el?.querySelector(`:scope > * > [data-index="${index}"]`);
      if (el && row && inView(row, el)) return;
      if (row) virtual.scrollToIndex(index, { align: 'auto' });
      if (++frames < CHECK_FRAMES) frame = requestAnimationFrame(check);
    });
    return () => cancelAnimationFrame(frame);
  }, [index, count, virtual, box]);
}
