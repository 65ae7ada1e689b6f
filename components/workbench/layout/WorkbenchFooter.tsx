'use client';

import type { Round, RunKind, SessionDetail } from '@/lib/schemas';
import { LaunchControls, type Started } from '../launch/LaunchControls';
import { RunProgressLine } from '../launch/RunProgressLine';
import { RunControls } from '../RunControls';
import { RunStatusLine } from '../RunStatusLine';
import type { useCurrentRun } from '../use-current-run';
import frame from './frame.module.css';

/**
 * The run bar: run buttons and launchers (Verify settings, Autopilot, Search) on the left, the run's state on the right
 * in a box of its own, so progress text changing while streaming never moves the buttons.
 */
export function WorkbenchFooter(p: {
  session: SessionDetail;
  round: Round | null;
  run: ReturnType<typeof useCurrentRun>;
  busy: boolean;
  hasProof: boolean;
  onRun: (kind: RunKind) => void;
  onStop: () => void;
  /** Saves the editor's pending edit and resolves to the round that holds it. */
  prepare: () => Promise<string | null>;
  onLaunched: (r: Started) => void;
  error: Error | null;
}) {
  const { run } = p;
  return (
    <footer className={frame.footer} data-testid="wb-footer">
      <div className={frame.footerControls}>
        <RunControls
          busy={p.busy}
          hasProof={p.hasProof}
          canStop={run.live && !!run.runId}
          onRun={p.onRun}
          onStop={p.onStop}
          verifySamples={p.session.verificationSettings?.samples}
        />
        <LaunchControls
          session={p.session}
          round={p.round}
          busy={p.busy}
          prepare={p.prepare}
          onStarted={p.onLaunched}
        />
      </div>
      <div className={frame.footerStatus}>
        <RunStatusLine kind={runLabel(run)} view={run.view} runId={run.runId} />
        <RunProgressLine
          progress={run.view.progress}
          status={run.view.status}
          live={run.live}
          outcomeClassName={frame.outcome}
        />
        {p.error ? (
          <span className="error" role="alert">
            {p.error.message}
          </span>
        ) : null}
      </div>
    </footer>
  );
}

/** A run's name in the footer: a part run (issue 17) says it works on one part. */
function runLabel(run: { kind: string | null; nodeId?: string | null }): string | null {
  if (!run.nodeId || !run.kind) return run.kind;
  return run.kind === 'refine' ? 'rewrite part' : `${run.kind} part`;
}
