'use client';

import { useEffect, useState } from 'react';
import { checkInWorker } from '@/components/editor/checker-client';
import type { CheckerResult } from '@/lib/schemas';

/** A pause in typing this long and the checker rereads the proof. */
const DEBOUNCE_MS = 400;

/**
 * The checker's result on the text the person sees, computed in a Web Worker: after a draft
 * finishes streaming, and again after each pause in a hand edit. Null while streaming.
 */
export function useChecker(proof: string, streaming: boolean): CheckerResult | null {
  const [result, setResult] = useState<CheckerResult | null>(null);
  useEffect(() => {
    if (streaming || !proof.trim()) {
      setResult(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      checkInWorker(proof).then(
        (r) => live && setResult(r),
        () => live && setResult(null),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [proof, streaming]);
  return result;
}
