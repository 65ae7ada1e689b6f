'use client';

import type { CheckerResult } from '@/lib/schemas';
import type { CheckRequest, CheckResponse } from './checker-protocol';
import { workerRpc } from './worker-rpc';

const ask = workerRpc<Omit<CheckRequest, 'id'>, CheckResponse>(
  () => new Worker(new URL('./checker.worker.ts', import.meta.url), { type: 'module' }),
  'The checker',
);

/** Runs the deterministic checker on a proof in its Web Worker (never blocks typing). */
export async function checkInWorker(proof: string): Promise<CheckerResult> {
  const { result } = await ask({ proof });
  if (!result) throw new Error('The checker answered without a result');
  return result;
}
