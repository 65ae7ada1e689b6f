import 'server-only';
import type { CallOutcome, CallSpec } from '../engine/call-model';
import type { RunContext } from '../engine/run-context';

/**
 * One model request whose answer is the run's visible text: its deltas stream into the run,
 * a retry is announced, and a restarted answer replaces what was streamed.
 */
export function streamedCall(
  run: RunContext,
  spec: Omit<CallSpec, 'onDelta' | 'onRetry' | 'onReplace'>,
): Promise<CallOutcome> {
  const active = run.active;
  return run.call({
    ...spec,
    onDelta: (d) => active.push(d),
    onRetry: (r) => active.emit({ type: 'retry', ...r }),
    onReplace: (f) => active.emit({ type: 'replace', ...f }),
  });
}
