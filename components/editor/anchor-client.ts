'use client';

import type { AnchorInput } from '@/lib/findings/anchor';
import type { Anchor } from '@/lib/schemas';
import type { AnchorResponse } from './anchor-protocol';

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (r: AnchorResponse) => void>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./anchor.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<AnchorResponse>) => {
      waiting.get(e.data.id)?.(e.data);
      waiting.delete(e.data.id);
    };
  }
  return worker;
}

/** Places quotes in a proof in the anchoring Web Worker (never blocks typing). */
export function anchorInWorker(proof: string, inputs: AnchorInput[]): Promise<(Anchor | null)[]> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, (r) =>
      r.anchors ? resolve(r.anchors) : reject(new Error(r.error ?? 'anchoring failed')),
    );
    getWorker().postMessage({ id, proof, inputs });
  });
}
