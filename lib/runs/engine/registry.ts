import 'server-only';
import type { ActiveRun } from './active-run';

/**
 * Runs executing in this process, by id; shared across route handlers via globalThis.
 * `watchers`: readers of a run not (yet) executing here, told when it starts here.
 */
type Registry = {
  runs: Map<string, ActiveRun>;
  bySession: Map<string, string>;
  watchers: Map<string, Set<() => void>>;
};

const key = Symbol.for('proofdesk.runs');
type G = typeof globalThis & { [key]?: Registry };

export function registry(): Registry {
  const g = globalThis as G;
  g[key] ??= { runs: new Map(), bySession: new Map(), watchers: new Map() };
  // A registry made by an earlier build of this module (a dev reload) has no watchers yet.
  g[key].watchers ??= new Map();
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

/**
 * Calls `onStart` once if run `runId` starts executing in this process. On Postgres a page
 * usually opens its run's events before any worker has taken the run's job, so it follows
 * the stored events; when this instance turns out to execute the run, the page's stream can
 * move to memory (no storage, notification and read between the model and the page).
 */
export function watchLocalStart(runId: string, onStart: () => void): () => void {
  const { watchers } = registry();
  const set = watchers.get(runId) ?? new Set();
  watchers.set(runId, set);
  set.add(onStart);
  return () => {
    set.delete(onStart);
    if (!set.size && watchers.get(runId) === set) watchers.delete(runId);
  };
}

/** A run was registered here: its watchers move to it (each is told once). */
export function announceLocalStart(runId: string): void {
  const { watchers } = registry();
  const set = watchers.get(runId);
  watchers.delete(runId);
  for (const onStart of set ?? []) onStart();
}
