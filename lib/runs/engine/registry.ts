import 'server-only';
import type { ActiveRun } from './active-run';

/** Runs executing in this process, by id; shared across route handlers via globalThis. */
type Registry = { runs: Map<string, ActiveRun>; bySession: Map<string, string> };

const key = Symbol.for('proofdesk.runs');
type G = typeof globalThis & { [key]?: Registry };

export function registry(): Registry {
  const g = globalThis as G;
  g[key] ??= { runs: new Map(), bySession: new Map() };
  return g[key];
}

export function activeRun(runId: string): ActiveRun | undefined {
  return registry().runs.get(runId);
}

export function activeRunForSession(sessionId: string): ActiveRun | undefined {
  const id = registry().bySession.get(sessionId);
  return id ? registry().runs.get(id) : undefined;
}

/** Frees a finished run's place (and its session's slot, so the next run can start). */
export function releaseRun(run: { id: string; sessionId: string }): void {
  const reg = registry();
  reg.runs.delete(run.id);
  if (reg.bySession.get(run.sessionId) === run.id) reg.bySession.delete(run.sessionId);
}

/** Stop: aborts the upstream request (which is what stops vLLM/Ollama) and keeps the partial. */
export function stopRun(runId: string): boolean {
  const active = registry().runs.get(runId);
  if (!active) return false;
  active.abort.abort();
  return true;
}

/** The runs this process is executing (a lease renewal checks it still holds each). */
export function localRunIds(): string[] {
  return [...registry().runs.keys()];
}
