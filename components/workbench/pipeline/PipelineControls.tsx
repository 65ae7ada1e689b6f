'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ListChecks, Network, Repeat } from 'lucide-react';
import { useState } from 'react';
import { Tip } from '@/components/ui/Tip';
import { api, queryKeys } from '@/lib/client/api';
import type { CreateRunRequest, Round, SessionDetail } from '@/lib/schemas';
import { AutopilotForm } from './AutopilotForm';
import { LaunchPopover } from './LaunchPopover';
import { SearchForm } from './SearchForm';
import { usePipelineSettings } from './use-pipeline-settings';
import { VerifySettings } from './VerifySettings';
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
      <VerifySettings settings={settings} save={save} />
      <Tip label="Meta-verify: check whether each issue the verifiers reported is real">
        <button
          type="button"
          data-testid="meta-verify-button"
          disabled={disabled || props.round?.score == null}
          onClick={() => start.mutate({ kind: 'meta-verify', roundId })}
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
          onStart={(input) => start.mutate({ ...input, roundId } as CreateRunRequest)}
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
        <SearchForm disabled={disabled} onStart={(input) => start.mutate(input)} />
      </LaunchPopover>
      {start.error ? (
        <Tip label={(start.error as Error).message}>
          <span className="error pipeline-error" role="alert" tabIndex={-1}>
            {(start.error as Error).message}
          </span>
        </Tip>
      ) : null}
    </div>
  );
}
