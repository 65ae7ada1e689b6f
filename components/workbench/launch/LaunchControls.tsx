'use client';

import { ListChecks, Network, Repeat } from 'lucide-react';
import { useState } from 'react';
import { Tip } from '@/components/ui/Tip';
import { useStartRun } from '@/hooks/use-run';
import { useVerificationSettings } from '@/hooks/use-verification-settings';
import type { CreateRunRequest, Round, SessionDetail } from '@/lib/schemas';
import type { StartedRun } from '../use-current-run';
import { AutopilotForm } from './AutopilotForm';
import { LaunchPopover } from './LaunchPopover';
import styles from './launch.module.css';
import { SearchForm } from './SearchForm';
import { VerifySettings } from './VerifySettings';

export type Started = StartedRun;

/**
 * Beside Generate / Verify / Refine: how many verifier samples Verify runs, automatic
 * meta-verification, Meta-verify on demand, and the Autopilot and Search launchers.
 */
export function LaunchControls(props: {
  session: SessionDetail;
  round: Round | null;
  busy: boolean;
  /** Saves the editor's pending edit; resolves to the round that holds the proof now. */
  prepare: () => Promise<string | null>;
  onStarted: (run: Started) => void;
}) {
  const { settings, save } = useVerificationSettings(props.session);
  const [open, setOpen] = useState<'autopilot' | 'search' | null>(null);
  // The same start as Generate / Verify / Refine: the pending edit is saved first.
  const startRun = useStartRun(props.session.id, props.prepare);
  const start = (input: CreateRunRequest) =>
    startRun.mutate(input, {
      onSuccess: (r) => {
        setOpen(null);
        props.onStarted({ runId: r.runId, roundId: r.roundId, kind: input.kind });
      },
    });
  const hasProof = !!props.round?.proof.trim();
  const disabled = props.busy || startRun.isPending;
  const roundId = props.round?.id;
  return (
    <div className={styles.controls}>
      <VerifySettings settings={settings} save={save} />
      <Tip label="Meta-verify: check whether each issue the verifiers reported is real">
        <button
          type="button"
          data-testid="meta-verify-button"
          disabled={disabled || props.round?.score == null}
          onClick={() => start({ kind: 'meta-verify', roundId })}
        >
          <ListChecks size={14} aria-hidden />
          Meta-verify
        </button>
      </Tip>
      <LaunchPopover
        testId="autopilot-button"
        icon={<Repeat size={14} aria-hidden />}
        label="Autopilot…"
        tip="Autopilot: verify and refine until the proof passes or a limit is reached"
        disabled={disabled || !hasProof}
        open={open === 'autopilot'}
        onOpenChange={(o) => setOpen(o ? 'autopilot' : null)}
      >
        <AutopilotForm
          samples={settings.samples}
          disabled={disabled}
          onStart={(input) => start({ ...input, roundId } as CreateRunRequest)}
        />
      </LaunchPopover>
      <LaunchPopover
        testId="search-button"
        icon={<Network size={14} aria-hidden />}
        label="Search…"
        tip="Proof search: a pool of proofs, verified and refined in parallel"
        disabled={disabled}
        open={open === 'search'}
        onOpenChange={(o) => setOpen(o ? 'search' : null)}
      >
        <SearchForm disabled={disabled} onStart={(input) => start(input)} />
      </LaunchPopover>
      {startRun.error ? (
        <Tip label={startRun.error.message}>
          <span className={`error ${styles.error}`} role="alert" tabIndex={-1}>
            {startRun.error.message}
          </span>
        </Tip>
      ) : null}
    </div>
  );
}
