import 'server-only';
import type { CreateRunInput, Run } from '@/lib/schemas';
import { startSearch } from '@/lib/search/run-search';
import { startRun as startSingleRun } from '../start-run';
import { startAutopilot } from './autopilot';
import { pipelineSettings } from './settings';
import { startMetaVerify, startVerifyMany } from './start-verify';

/**
 * Every `POST /api/sessions/:id/runs` lands here. Generate, refine and a one-sample verify
 * (without automatic meta-verification) are one model request, as in the core loop; the
 * rest are multi-step runs.
 */
export async function startRun(sessionId: string, input: CreateRunInput): Promise<Run> {
  switch (input.kind) {
    case 'generate':
    case 'refine':
    case 'grade':
      return startSingleRun(sessionId, input);
    case 'verify': {
      const settings = await pipelineSettings(sessionId);
      const samples = input.samples ?? settings.samples;
      if (samples === 1 && !settings.metaAuto) {
        return startSingleRun(sessionId, { kind: 'verify', roundId: input.roundId });
      }
      return startVerifyMany(sessionId, { roundId: input.roundId, samples });
    }
    case 'meta-verify':
      return startMetaVerify(sessionId, input.roundId);
    case 'autopilot':
      return startAutopilot(sessionId, input);
    case 'search':
      return startSearch(sessionId, input);
  }
}
