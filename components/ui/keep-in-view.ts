'use client';

import type { Virtualizer } from '@tanstack/react-virtual';
import { type RefObject, useEffect } from 'react';

/**
 * How many frames to keep the row in view after a move: it is drawn and measured within a
 * few, and the rows above it may grow a little later (their formulas typeset as they show).
 */
const CHECK_FRAMES = 60;

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
 * be taller or shorter than guessed, and rows above it in the view may grow as their
 * formulas are typeset, pushing it down: it ends up just out of view (drawn in the
 * overscan, off screen) with nothing left to move it. Seen after a fast walk of hundreds of
 * `j`s on a loaded machine. So after each move the row is checked every frame for a while
 * and scrolled to again, from measured sizes, whenever it is not in view — until the person
 * scrolls the list themselves.
 */
export function useKeepInView(
  box: RefObject<HTMLElement | null>,
  virtual: Virtualizer<HTMLDivElement, Element>,
  index: number | undefined,
  count: number,
): void {
  useEffect(() => {
    const el = box.current;
    if (index === undefined || index >= count || !el) return;
    virtual.scrollToIndex(index, { align: 'auto' });
    let frames = 0;
    let frame = requestAnimationFrame(function check() {
      const row = el.querySelector(`:scope > * > [data-index="${index}"]`);
      if (row && !inView(row, el)) virtual.scrollToIndex(index, { align: 'auto' });
      if (++frames < CHECK_FRAMES) frame = requestAnimationFrame(check);
    });
    const stop = () => cancelAnimationFrame(frame);
    const byPerson = { passive: true, once: true } as const;
    el.addEventListener('wheel', stop, byPerson);
    el.addEventListener('touchstart', stop, byPerson);
    el.addEventListener('pointerdown', stop, byPerson);
    return () => {
      stop();
      el.removeEventListener('wheel', stop);
      el.removeEventListener('touchstart', stop);
      el.removeEventListener('pointerdown', stop);
    };
  }, [index, count, virtual, box]);
}
