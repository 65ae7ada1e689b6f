'use client';

import type { RunKind } from '@/lib/schemas';

type Props = {
  busy: boolean;
  hasProof: boolean;
  canStop: boolean;
  onRun: (kind: RunKind) => void;
  onStop: () => void;
  /** Verifier samples per Verify (issue 5): shown as "Verify ×8". */
  verifySamples?: number;
};

/** Generate / Verify / Refine / Stop. Only one run at a time per session. */
export function RunControls({ busy, hasProof, canStop, onRun, onStop, verifySamples }: Props) {
  return (
    <div className="run-controls">
      <button
        type="button"
        data-testid="generate-button"
        disabled={busy}
        onClick={() => onRun('generate')}
      >
        Generate
      </button>
      <button
        type="button"
        data-testid="verify-button"
        disabled={busy || !hasProof}
        onClick={() => onRun('verify')}
      >
        Verify{verifySamples && verifySamples > 1 ? ` ×${verifySamples}` : ''}
      </button>
      <button
        type="button"
        data-testid="refine-button"
        disabled={busy || !hasProof}
        onClick={() => onRun('refine')}
      >
        Refine
      </button>
      <button
        type="button"
        data-testid="stop-button"
        className="danger"
        disabled={!canStop}
        onClick={onStop}
      >
        Stop
      </button>
    </div>
  );
}
