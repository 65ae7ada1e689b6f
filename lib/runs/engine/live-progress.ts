import 'server-only';
import { lastRunProgress } from '@/lib/db';
import type { RunProgress } from '@/lib/schemas';

const key = Symbol.for('proofdesk.run-progress');
type G = typeof globalThis & { [key]?: Map<string, RunProgress> };

function store(): Map<string, RunProgress> {
  const g = globalThis as G;
  g[key] ??= new Map();
  return g[key];
}

export function setLiveProgress(runId: string, progress: RunProgress | null): void {
  if (progress) store().set(runId, progress);
  else store().delete(runId);
}

/** Where a multi-step run stands: live from memory while it runs, else its last report. */
export async function runProgress(runId: string): Promise<RunProgress | null> {
  return store().get(runId) ?? (await lastRunProgress(runId));
}
