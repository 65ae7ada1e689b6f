/// <reference lib="webworker" />
import { anchorFindings } from '@/lib/findings/anchor';
import type { AnchorRequest, AnchorResponse } from './anchor-protocol';

/** Anchoring runs here, off the main thread, with the same module the server uses. */
self.onmessage = (e: MessageEvent<AnchorRequest>) => {
  const { id, proof, inputs } = e.data;
  let reply: AnchorResponse;
  try {
    reply = { id, anchors: anchorFindings(proof, inputs) };
  } catch (err) {
    reply = { id, error: (err as Error).message };
  }
  (self as unknown as Worker).postMessage(reply);
};
