'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, queryKeys } from '@/lib/client/api';
import type { CreateRunRequest, Round, SessionDetail } from '@/lib/schemas';
import { AutopilotForm } from './AutopilotForm';
import { NumberField } from './NumberField';
import { SearchForm } from './SearchForm';
import { usePipelineSettings } from './use-pipeline-settings';
import './pipeline.css';

export type Started = { runId: string; roundId: string; kind: string };

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
  const qc = useQueryClient();
  const { settings, save } = usePipelineSettings(props.session);
  const [open, setOpen] = useState<'autopilot' | 'search' | null>(null);
  const start = useMutation({
    // Runs read the proof as the editor shows it: the pending edit is saved first (and may
    // have moved to a new round, when the edited round was verified).
    mutationFn: async (input: CreateRunRequest) => {
      const at = await props.prepare();
      const moved = 'roundId' in input && input.roundId && at ? { roundId: at } : {};
      return api.startRun(props.session.id, { ...input, ...moved } as CreateRunRequest);
    },
    onSuccess: (r, input) => {
      setOpen(null);
      props.onStarted({ runId: r.runId, roundId: r.roundId, kind: input.kind });
    },
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.session(props.session.id) }),
  });
  const hasProof = !!props.round?.proof.trim();
  const disabled = props.busy || start.isPending;
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
        onClick={() => start.mutate({ kind: 'meta-verify', roundId })}
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
              onStart={(input) => start.mutate({ ...input, roundId } as CreateRunRequest)}
            />
          ) : (
            <SearchForm disabled={disabled} onStart={(input) => start.mutate(input)} />
          )}
        </div>
      ) : null}
      {start.error ? (
        <span className="error" role="alert">
          {(start.error as Error).message}
        </span>
      ) : null}
    </div>
  );
}
