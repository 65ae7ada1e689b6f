import 'server-only';
import type { CreateRunInput, Run } from '@/lib/schemas';
import { startAutopilot } from './kinds/autopilot';
import { startSingleRequest } from './kinds/start-single-request';
import { startMetaVerify, startVerify } from './kinds/verify';

/** Every run kind this area starts; a search is started by `lib/search` on the same engine. */
export type RunInput = Exclude<CreateRunInput, { kind: 'search' }>;

/** Starts a run of any kind but search: each is a job for the one engine (engine/). */
export function startRun(sessionId: string, input: RunInput): Promise<Run> {
  switch (input.kind) {
    case 'generate':
    case 'refine':
    case 'grade':
      return startSingleRequest(sessionId, input);
    case 'verify':
      return startVerify(sessionId, input);
    case 'meta-verify':
      return startMetaVerify(sessionId, input.roundId);
    case 'autopilot':
      return startAutopilot(sessionId, input);
  }
}
