'use client';

import { useEffect, useState } from 'react';
import { checkInWorker } from '@/components/editor/checker-client';
import type { CheckerResult } from '@/lib/schemas';

/** A pause in typing this long and the checker rereads the proof. */
const DEBOUNCE_MS = 400;

/** The checker's last answer in this page: its result, or why there is none. */
export type CheckerState = { result: CheckerResult | null; error: string | null };

const NONE: CheckerState = { result: null, error: null };

/**
 * The checker's result on the text the person sees, computed in a Web Worker: after a draft
 * finishes streaming, and again after each pause in a hand edit. Nothing while streaming.
 * A failure (the worker's script could not load) is kept as a message; the next edit retries.
 */
export function useChecker(proof: string, streaming: boolean): CheckerState {
  const [state, setState] = useState<CheckerState>(NONE);
  useEffect(() => {
    if (streaming || !proof.trim()) {
      setState(NONE);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      checkInWorker(proof).then(
        (result) => live && setState({ result, error: null }),
        (e: Error) => live && setState({ result: null, error: e.message }),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [proof, streaming]);
  return state;
}
