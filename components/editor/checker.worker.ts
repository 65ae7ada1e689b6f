/// <reference lib="webworker" />
import { runChecker } from '@/lib/checker';
import type { CheckRequest, CheckResponse } from './checker-protocol';

/**
 * The deterministic checker runs here, off the main thread, with the same module the server
 * and the CLI use (so KaTeX's parser and the checker stay out of the page's own bundle work).
 */
self.onmessage = (e: MessageEvent<CheckRequest>) => {
  const { id, proof } = e.data;
  let reply: CheckResponse;
  try {
    reply = { id, result: runChecker(proof) };
  } catch (err) {
    reply = { id, error: (err as Error).message };
  }
  (self as unknown as Worker).postMessage(reply);
};
