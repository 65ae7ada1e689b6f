import 'server-only';

export { runEventStream } from './engine/event-stream';
export { ended, type JobOutcome } from './engine/execute-job';
export { runProgress } from './engine/live-progress';
export { activeRun, activeRunForSession, stopRun } from './engine/registry';
// The runs area's one entry: everything outside lib/runs imports from here.
export type { RunContext } from './engine/run-context';
export { sessionActiveRunId } from './engine/session-active-run';
export { type JobPlan, type JobStart, startJob } from './engine/start-job';
export { listenForRunStops, stopRunAnywhere } from './engine/stop-anywhere';
export { nothingMoreToStream } from './engine/stream-over';
export { carryFindingsForward } from './kinds/carry-findings';
export { recoverInterruptedRuns } from './recover';
export { type RunInput, startRun } from './start';
export { carryPartScores } from './steps/carry-part-scores';
export { sessionUsage } from './usage';
