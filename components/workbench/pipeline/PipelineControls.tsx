'use client';

import { useState } from 'react';
import { usePipelineSettings } from '@/hooks/use-pipeline-settings';
import { useStartRun } from '@/hooks/use-run';
import type { CreateRunRequest, Round, SessionDetail } from '@/lib/schemas';
import type { StartedRun } from '../use-current-run';
import { AutopilotForm } from './AutopilotForm';
import { NumberField } from './NumberField';
import { SearchForm } from './SearchForm';
import './pipeline.css';

export type Started = StartedRun;

/**
 * Beside Generate / Verify / Refine: how many verifier samples Verify runs, automatic
 * meta-verification, Meta-verify on demand, and the Autopilot and Search launchers.
 */
export function PipelineControls(props: {
  session: SessionDetail;
  round: Round | null;
  busy: boolean;
  /** Saves the editor's pending edit; resolves to the round that holds the proof now. */
  prepare: () => Promise<string | null>;
  onStarted: (run: Started) => void;
}) {
  const { settings, save } = usePipelineSettings(props.session);
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
    <div className="pipeline-controls">
      <NumberField
        label="Samples"
        testId="verify-samples"
        value={settings.samples}
        min={1}
        max={64}
        onChange={(samples) => samples && save({ samples })}
      />
      <label
        className="check"
        title="Meta-verify every analysis that reports issues, right after Verify"
      >
        <input
          type="checkbox"
          data-testid="meta-auto"
          checked={settings.metaAuto}
          onChange={(e) => save({ metaAuto: e.target.checked })}
        />
        auto meta-verify
      </label>
      <NumberField
        label="k"
        testId="verdict-k"
        value={settings.minConfirmed}
        min={1}
        max={64}
        onChange={(minConfirmed) => minConfirmed && save({ minConfirmed })}
      />
      <button
        type="button"
        data-testid="meta-verify-button"
        disabled={disabled || props.round?.score == null}
        onClick={() => start({ kind: 'meta-verify', roundId })}
      >
        Meta-verify
      </button>
      <button
        type="button"
        data-testid="autopilot-button"
        aria-expanded={open === 'autopilot'}
        disabled={disabled || !hasProof}
        onClick={() => setOpen(open === 'autopilot' ? null : 'autopilot')}
      >
        Autopilot…
      </button>
      <button
        type="button"
        data-testid="search-button"
        aria-expanded={open === 'search'}
        disabled={disabled}
        onClick={() => setOpen(open === 'search' ? null : 'search')}
      >
        Search…
      </button>
      {open ? (
        <div className="pipeline-popover">
          {open === 'autopilot' ? (
            <AutopilotForm
              samples={settings.samples}
              disabled={disabled}
              onStart={(input) => start({ ...input, roundId } as CreateRunRequest)}
            />
          ) : (
            <SearchForm disabled={disabled} onStart={(input) => start(input)} />
          )}
        </div>
      ) : null}
      {startRun.error ? (
        <span className="error" role="alert">
          {startRun.error.message}
        </span>
      ) : null}
    </div>
  );
}
