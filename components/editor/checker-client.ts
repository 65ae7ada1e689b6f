'use client';

import type { CheckerResult } from '@/lib/schemas';
import type { CheckResponse } from './checker-protocol';

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (r: CheckResponse) => void>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./checker.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<CheckResponse>) => {
      waiting.get(e.data.id)?.(e.data);
      waiting.delete(e.data.id);
    };
  }
  return worker;
}

/** Runs the deterministic checker on a proof in its Web Worker (never blocks typing). */
export function checkInWorker(proof: string): Promise<CheckerResult> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, (r) =>
      r.result ? resolve(r.result) : reject(new Error(r.error ?? 'check failed')),
    );
    getWorker().postMessage({ id, proof });
  });
}
