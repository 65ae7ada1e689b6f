import 'server-only';
import { AppError } from '@/lib/errors';
import type { CreateRunInput, Run } from '@/lib/schemas';
import { type JobStart, startJob } from './engine/start-job';
import { autopilotJobStart } from './kinds/autopilot';
import { refinePartJob } from './kinds/refine-part';
import { singleRequestJobStart } from './kinds/start-single-request';
import { metaVerifyJob, verifyJob } from './kinds/verify';
import { verifyPartJob } from './kinds/verify-part';

/** Every run kind this area starts; a search is started by `lib/search` on the same engine. */
export type RunInput = Exclude<CreateRunInput, { kind: 'search' }>;

/**
 * What a run of any kind but search does, built from the request alone: the instance that
 * admits it and (with several instances) the one that executes it build the same job.
 */
export async function jobStartFor(sessionId: string, input: RunInput): Promise<JobStart> {
  switch (input.kind) {
    case 'generate':
    case 'refine':
    case 'grade':
      if (input.nodeId === undefined) return singleRequestJobStart(sessionId, input);
      if (input.kind !== 'refine')
        throw new AppError('bad_request', 'Only verify and refine take a part (nodeId).');
      return refinePartJob(sessionId, { roundId: input.roundId, nodeId: input.nodeId });
    case 'verify':
      if (input.nodeId === undefined) return verifyJob(sessionId, input);
      if ((input.samples ?? 1) !== 1)
        throw new AppError('bad_request', 'A part is verified by one sample.');
      return verifyPartJob(sessionId, { roundId: input.roundId, nodeId: input.nodeId });
    case 'meta-verify':
      return metaVerifyJob(sessionId, input.roundId);
    case 'autopilot':
      return autopilotJobStart(sessionId, input);
  }
}

/** Starts a run of any kind but search: each is a job for the one engine (engine/). */
export async function startRun(sessionId: string, input: RunInput): Promise<Run> {
  return startJob(sessionId, await jobStartFor(sessionId, input), input);
}
