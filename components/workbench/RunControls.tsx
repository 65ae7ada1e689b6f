'use client';

import { Play, ShieldCheck, Sparkles, Square } from 'lucide-react';
import { withKey } from '@/components/keys/shortcuts';
import { Kbd } from '@/components/ui/Kbd';
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

/** Generate / Verify / Refine / Stop, each with its key. Only one run at a time per session. */
export function RunControls({ busy, hasProof, canStop, onRun, onStop, verifySamples }: Props) {
  return (
    <div className="run-controls">
      <button
        type="button"
        data-testid="generate-button"
        disabled={busy}
        title={withKey('generate')}
        onClick={() => onRun('generate')}
      >
        <Play size={14} aria-hidden />
        Generate
        <Kbd id="generate" />
      </button>
      <button
        type="button"
        data-testid="verify-button"
        className={hasProof ? 'primary' : undefined}
        disabled={busy || !hasProof}
        title={withKey('verify')}
        onClick={() => onRun('verify')}
      >
        <ShieldCheck size={14} aria-hidden />
        Verify{verifySamples && verifySamples > 1 ? ` ×${verifySamples}` : ''}
        <Kbd id="verify" />
      </button>
      <button
        type="button"
        data-testid="refine-button"
        disabled={busy || !hasProof}
        title={withKey('refine')}
        onClick={() => onRun('refine')}
      >
        <Sparkles size={14} aria-hidden />
        Refine
        <Kbd id="refine" />
      </button>
      <button
        type="button"
        data-testid="stop-button"
        className="danger"
        disabled={!canStop}
        title={withKey('stop')}
        onClick={onStop}
      >
        <Square size={12} aria-hidden />
        Stop
        <Kbd id="stop" />
      </button>
    </div>
  );
}
