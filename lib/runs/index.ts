import 'server-only';

export { runEventStream } from './event-stream';
export { startRun } from './pipeline/dispatch';
export { recoverInterruptedRuns } from './recover';
export { activeRun, activeRunForSession } from './registry';
export { stopRun } from './start-run';
