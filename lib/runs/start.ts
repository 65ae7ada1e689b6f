import 'server-only';
import { AppError } from '@/lib/errors';
import type { CreateRunInput, Run } from '@/lib/schemas';
import { startAutopilot } from './kinds/autopilot';
import { startRefinePart } from './kinds/refine-part';
import { startSingleRequest } from './kinds/start-single-request';
import { startMetaVerify, startVerify } from './kinds/verify';
import { startVerifyPart } from './kinds/verify-part';

/** Every run kind this area starts; a search is started by `lib/search` on the same engine. */
export type RunInput = Exclude<CreateRunInput, { kind: 'search' }>;

/** Starts a run of any kind but search: each is a job for the one engine (engine/). */
export async function startRun(sessionId: string, input: RunInput): Promise<Run> {
  switch (input.kind) {
    case 'generate':
    case 'refine':
    case 'grade':
      if (input.nodeId === undefined) return startSingleRequest(sessionId, input);
      if (input.kind !== 'refine')
        throw new AppError('bad_request', 'Only verify and refine take a part (nodeId).');
      return startRefinePart(sessionId, { roundId: input.roundId, nodeId: input.nodeId });
    case 'verify':
      if (input.nodeId === undefined) return startVerify(sessionId, input);
      if ((input.samples ?? 1) !== 1)
        throw new AppError('bad_request', 'A part is verified by one sample.');
      return startVerifyPart(sessionId, { roundId: input.roundId, nodeId: input.nodeId });
    case 'meta-verify':
      return startMetaVerify(sessionId, input.roundId);
    case 'autopilot':
      return startAutopilot(sessionId, input);
  }
}
