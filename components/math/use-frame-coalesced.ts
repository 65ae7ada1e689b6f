'use client';

import { startTransition, useEffect, useRef, useState } from 'react';

const nextFrame = (callback: () => void): (() => void) => {
  if (typeof requestAnimationFrame === 'function') {
    const id = requestAnimationFrame(callback);
    return () => cancelAnimationFrame(id);
  }
  const id = setTimeout(callback, 16);
  return () => clearTimeout(id);
};

/**
 * While `streaming`, returns `text` at most once per animation frame: a stream that delivers
 * hundreds of chunks a second re-renders its document once per frame, with the latest text.
 * Text that is not a continuation of what is shown (a new run) and text that is not
 * streaming pass straight through.
 */
export function useFrameCoalesced(text: string, streaming: boolean): string {
  const [shown, setShown] = useState(text);
  const latest = useRef(text);
  const cancel = useRef<(() => void) | null>(null);
  latest.current = text;

  // biome-ignore lint/correctness/useExhaustiveDependencies: every new text schedules a frame; the frame reads the newest one from the ref
  useEffect(() => {
    if (!streaming || cancel.current) return;
    cancel.current = nextFrame(() => {
      cancel.current = null;
      // Rendered like the live text it follows (a transition): it never interrupts one.
      startTransition(() => setShown(latest.current));
    });
  }, [text, streaming]);

  useEffect(
    () => () => {
      cancel.current?.();
      cancel.current = null;
    },
    [],
  );

  return streaming && text.startsWith(shown) ? shown : text;
}
