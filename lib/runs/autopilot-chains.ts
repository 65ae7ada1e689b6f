import type { AutopilotTokens } from '@/lib/schemas';

/** How a run ends that a later run of the same session picks up (autopilot resumes). */
const PAUSED = new Set(['stopped', 'interrupted']);

/**
 * Autopilot runs as a person thinks of them: a run that was stopped (or cut off by a restart)
 * and then resumed by the next run of the same session and mode is one effort, and its
 * tokens count once, together. `lines` are newest first, as listed; so is the answer, each
 * effort under its newest run with `runs` saying how many it took.
 */
export function chainResumedRuns(lines: AutopilotTokens[]): AutopilotTokens[] {
  const out: AutopilotTokens[] = [];
  // Oldest first, so each run can take in the paused efforts just before it.
  const open = new Map<string, AutopilotTokens>();
  for (const line of [...lines].reverse()) {
    const key = `${line.sessionId}|${line.byParts}`;
    const before = open.get(key);
    const finished = !PAUSED.has(line.status);
    const merged = before
      ? { ...line, tokens: line.tokens + before.tokens, runs: (before.runs ?? 1) + 1, finished }
      : { ...line, runs: 1, finished };
    if (before) out.splice(out.indexOf(before), 1);
    out.push(merged);
    if (finished) open.delete(key);
    else open.set(key, merged);
  }
  return out.reverse();
}
