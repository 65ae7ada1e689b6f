import 'server-only';

export { runEventStream } from './event-stream';
export { recoverInterruptedRuns } from './recover';
export { activeRun, activeRunForSession } from './registry';
export { startRun } from './pipeline/dispatch';
export { stopRun } from './start-run';
