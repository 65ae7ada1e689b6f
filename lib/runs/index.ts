import 'server-only';

export { runEventStream } from './engine/event-stream';
export { ended, type JobOutcome } from './engine/execute-job';
export { runProgress } from './engine/live-progress';
export { activeRun, activeRunForSession, localRunIds, stopRun } from './engine/registry';
// The runs area's one entry: everything outside lib/runs imports from here.
export type { RunContext } from './engine/run-context';
export { sessionActiveRunId } from './engine/session-active-run';
export {
  executeQueuedRun,
  failQueuedRun,
  type JobPlan,
  type JobStart,
  startJob,
} from './engine/start-job';
export { listenForRunStops, stopRunAnywhere } from './engine/stop-anywhere';
export { nothingMoreToStream } from './engine/stream-over';
export {
  CONTINUE_QUEUE,
  type ContinueJob,
  RUN_QUEUE,
  type RunJob,
  sendContinue,
  stopBoss,
  workContinuations,
  workRuns,
} from './instances/boss';
export { instanceId, LEASE_MS, leaseUntil, RENEW_MS, sharedDeployment } from './instances/instance';
export { interruptRun } from './interrupt';
export { carryFindingsForward } from './kinds/carry-findings';
export { recoverInterruptedRuns, removeEmptyAutopilotRounds } from './recover';
export { jobStartFor, type RunInput, startRun } from './start';
export { carryPartScores } from './steps/carry-part-scores';
export { sessionUsage } from './usage';
