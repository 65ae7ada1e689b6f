'use client';

import type { AnchorInput } from '@/lib/findings/anchor';
import type { Anchor } from '@/lib/schemas';
import type { AnchorRequest, AnchorResponse } from './anchor-protocol';
import { workerRpc } from './worker-rpc';

const ask = workerRpc<Omit<AnchorRequest, 'id'>, AnchorResponse>(
  () => new Worker(new URL('./anchor.worker.ts', import.meta.url), { type: 'module' }),
  'Anchoring',
);

/** Places quotes in a proof in the anchoring Web Worker (never blocks typing). */
export async function anchorInWorker(
  proof: string,
  inputs: AnchorInput[],
): Promise<(Anchor | null)[]> {
  const { anchors } = await ask({ proof, inputs });
  if (!anchors) throw new Error('Anchoring answered without places');
  return anchors;
}
