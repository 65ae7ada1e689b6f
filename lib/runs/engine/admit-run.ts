import 'server-only';
import { ModelConfigError, roleConfig } from '@/lib/config/models';
import {
  createLeasedRun,
  createRun,
  getSession,
  persistRunProgress,
  releaseLease,
  type SessionRow,
} from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import type { ModelRole } from '@/lib/model/types';
import type { Run, RunKind } from '@/lib/schemas';
import { instanceId, leaseUntil, sharedDeployment } from '../instances/instance';
import { registry } from './registry';

type Admission = { kind: RunKind; role: ModelRole; params?: unknown };

const BUSY = 'A run is already in progress in this session: stop it or wait for it.';

/**
 * Records the run. With several instances (Postgres), under the session's lock in the
 * database, and leased to this instance; on SQLite this process's registry already decided.
 */
async function recordRun(input: Parameters<typeof createRun>[0]): Promise<Run> {
  if (!sharedDeployment()) return createRun(input);
  const run = await createLeasedRun(input, instanceId(), leaseUntil());
  if (!run) throw new AppError('conflict', BUSY);
  return run;
}

function configuredModel(role: ModelRole): string {
  try {
    return roleConfig(role).model;
  } catch (err) {
    if (err instanceof ModelConfigError) throw new AppError('model_not_configured', err.message);
    throw err;
  }
}

/**
 * The front half of starting any run, single request or many: one run at a time per
 * session (the slot is taken before the first await, so two clicks cannot both pass), the
 * session exists, the role's model is configured, the run is recorded, and a planning error
 * (no proof yet, nothing to meta-verify…) marks it failed and reaches the caller. `launch`
 * registers the planned run and starts it; if anything before that throws, the slot is freed.
 */
export async function admitRun<P>(
  sessionId: string,
  admission: Admission,
  plan: (session: SessionRow, runId: string) => Promise<P>,
  launch: (run: Run, planned: P, session: SessionRow) => Promise<Run>,
): Promise<Run> {
  const reg = registry();
  if (reg.bySession.has(sessionId)) {
    throw new AppError('conflict', BUSY);
  }
  reg.bySession.set(sessionId, 'starting');
  try {
    const session = await getSession(sessionId);
    if (!session) throw notFound('Session');
    const model = configuredModel(admission.role);
    const run = await recordRun({
      sessionId,
      roundId: null,
      kind: admission.kind,
      model,
      params: admission.params,
    });
    let planned: P;
    try {
      planned = await plan(session, run.id);
    } catch (err) {
      await persistRunProgress({
        runId: run.id,
        events: [],
        text: '',
        reasoning: '',
        status: 'failed',
        patch: { error: (err as Error).message, finishedAt: Date.now() },
      });
      if (sharedDeployment()) await releaseLease(run.id, instanceId());
      throw err;
    }
    return await launch(run, planned, session);
  } catch (err) {
    if (reg.bySession.get(sessionId) === 'starting') reg.bySession.delete(sessionId);
    throw err;
  }
}
