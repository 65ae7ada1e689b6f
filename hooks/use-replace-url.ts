'use client';

import { useEffect, useRef } from 'react';

/** Chromium ignores history calls past 200 in 10 s ("Throttling navigation"): stay well under. */
const MIN_GAP_MS = 120;

/**
 * Keeps the address bar on `url` with `history.replaceState`, at most one write per 120 ms:
 * the first change is written at once, a burst (holding j through a queue) ends with a write
 * of where it stopped. Unthrottled, a key held on a fast machine can pass the browser's limit,
 * and the address (what a reload or a shared link lands on) would stay on an earlier item.
 */
export function useReplaceUrl(url: string) {
  const last = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    const write = () => {
      timer.current = null;
      last.current = performance.now();
      const current = window.location.pathname + window.location.search;
      if (current !== url) window.history.replaceState(null, '', url);
    };
    if (timer.current) clearTimeout(timer.current);
    const wait = last.current + MIN_GAP_MS - performance.now();
    if (wait <= 0) write();
    else timer.current = setTimeout(write, wait);
  }, [url]);
  // A write still pending when the component goes away is dropped: the address is the next
  // page's by then.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
}
