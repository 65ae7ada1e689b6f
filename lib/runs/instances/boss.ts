import 'server-only';
import PgBoss from 'pg-boss';
import { selectedBackend } from '@/lib/db';
import type { RunInput } from '../start';

/** A dead instance's autopilot or search, to be continued by whichever instance takes the job. */
export type ContinueJob =
  | { kind: 'autopilot'; interruptedRunId: string }
  | { kind: 'search'; interruptedRunId: string; searchId: string };

export const CONTINUE_QUEUE = 'proofdesk-continue';
/** Runs admitted by one instance and executed by any (a search's job has no input: its row has it). */
export const RUN_QUEUE = 'proofdesk-run';
export type RunJob = { runId: string; input?: RunInput };

const key = Symbol.for('proofdesk.boss');
type G = typeof globalThis & { [key]?: Promise<PgBoss> };

/**
 * pg-boss, started once per process on the shared database (its own schema, `pgboss`). It
 * hands each job to exactly one instance's worker (row locks with SKIP LOCKED), keeps it if
 * no instance is up, and retries one whose worker failed.
 */
export function boss(): Promise<PgBoss> {
  const g = globalThis as G;
  const backend = selectedBackend();
  if (backend.kind !== 'postgres') throw new Error('pg-boss runs on the Postgres backend only');
  g[key] ??= (async () => {
    const b = new PgBoss({ connectionString: backend.url, max: 3, schema: 'pgboss' });
    b.on('error', (err) => console.error('[proofdesk] job queue:', err.message));
    await b.start();
    for (const name of [CONTINUE_QUEUE, RUN_QUEUE]) {
      await b.createQueue(name, { name, policy: 'standard', retryLimit: 3, retryDelay: 2 });
    }
    return b;
  })();
  g[key].catch(() => {
    g[key] = undefined;
  });
  return g[key];
}

/**
 * Queues a continuation. Only the instance whose delete removed the lease sends it, so it is
 * sent once; a job delivered twice is harmless (continueRun does nothing once the session has
 * moved past the interrupted run). The key names the run in pg-boss's tables.
 */
export async function sendContinue(job: ContinueJob): Promise<void> {
  const b = await boss();
  await b.send(CONTINUE_QUEUE, job, { singletonKey: job.interruptedRunId, retryLimit: 3 });
}

/** This instance takes continuation jobs (polling every second; a local send wakes it). */
export async function workContinuations(handle: (job: ContinueJob) => Promise<void>) {
  const b = await boss();
  return b.work<ContinueJob>(CONTINUE_QUEUE, { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await handle(job.data);
  });
}

const workers = Symbol.for('proofdesk.boss-workers');
type W = typeof globalThis & { [workers]?: Map<string, string> };

function rememberWorker(queue: string, id: string) {
  const g = globalThis as W;
  g[workers] ??= new Map();
  g[workers].set(queue, id);
}

/** Queues a run; this instance's worker is woken at once, so it rarely waits for a poll. */
export async function sendRunJob(job: RunJob): Promise<void> {
  const b = await boss();
  await b.send(RUN_QUEUE, job, { retryLimit: 3 });
  const worker = (globalThis as W)[workers]?.get(RUN_QUEUE);
  if (worker) b.notifyWorker(worker);
}

/**
 * This instance executes queued runs. The handler returns once the run is launched here:
 * the run's lease, renewed every few seconds, is what keeps it; a job held active for hours
 * could only expire after a fixed time (pg-boss 10 has no heartbeat).
 */
export async function workRuns(handle: (job: RunJob) => Promise<void>) {
  const b = await boss();
  const id = await b.work<RunJob>(RUN_QUEUE, { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) await handle(job.data);
  });
  rememberWorker(RUN_QUEUE, id);
  return id;
}

export async function stopBoss(): Promise<void> {
  (globalThis as W)[workers]?.clear();
  const g = globalThis as G;
  const b = g[key];
  g[key] = undefined;
  if (b) await (await b).stop({ graceful: false, wait: true });
}
