import type { ModelRole } from '@/lib/model/types';
import type { RunKind } from '@/lib/schemas';

/**
 * The role whose model a run of each kind is listed under (and which must be configured for
 * it to start). One map for the engine and the usage view.
 */
export const RUN_ROLE: Record<RunKind, ModelRole> = {
  generate: 'generator',
  refine: 'generator',
  verify: 'verifier',
  'meta-verify': 'meta-verifier',
  grade: 'grader',
  autopilot: 'generator',
  search: 'generator',
};
