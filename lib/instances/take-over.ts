import 'server-only';
import { getRun, type Lease, searchOfRun } from '@/lib/db';
import { interruptRun, removeEmptyAutopilotRounds, sendContinue } from '@/lib/runs';

const UNFINISHED = ['queued', 'running'];

const STOPPED = (instance: string) =>
  `The app instance running this (${instance}) stopped; the text received until then is kept.`;
const CONTINUED = (instance: string) =>
  `The app instance running this (${instance}) stopped; another instance continues from the last stored step.`;

/**
 * A run whose instance died (its lease ran out, and this instance removed the lease, so no
 * other does this too): it becomes `interrupted` with its text kept, as after a restart. An
 * autopilot or a search is then queued to continue, on whichever instance takes the job,
 * from what it stored: rounds written, samples and candidates kept.
 */
export async function takeOver(lease: Lease): Promise<void> {
  const run = await getRun(lease.runId);
  if (!run || !UNFINISHED.includes(run.status)) return;
  const continues = run.kind === 'autopilot' || run.kind === 'search';
  await interruptRun(run, continues ? CONTINUED(lease.instance) : STOPPED(lease.instance));
  if (run.kind === 'autopilot') {
    await removeEmptyAutopilotRounds();
    await sendContinue({ kind: 'autopilot', interruptedRunId: run.id });
  } else if (run.kind === 'search') {
    const search = await searchOfRun(run.id);
    if (search?.status === 'running') {
      await sendContinue({ kind: 'search', interruptedRunId: run.id, searchId: search.id });
    }
  }
}
