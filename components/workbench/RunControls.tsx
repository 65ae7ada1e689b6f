'use client';

import { Play, ShieldCheck, Sparkles, Square } from 'lucide-react';
import type { ShortcutId } from '@/components/keys/shortcuts';
import { Kbd } from '@/components/ui/Kbd';
import { Tip } from '@/components/ui/Tip';
import type { RunKind } from '@/lib/schemas';
import styles from './run-state.module.css';

type Props = {
  busy: boolean;
  hasProof: boolean;
  canStop: boolean;
  onRun: (kind: RunKind) => void;
  onStop: () => void;
  /** Verifier samples per Verify (issue 5): shown as "Verify ×8". */
  verifySamples?: number;
};

/** One run button: icon, name, keycap, and a tooltip that says what it does and its key. */
function RunButton(p: {
  id: ShortcutId;
  icon: React.ReactNode;
  disabled: boolean;
  className?: string;
  onClick: () => void;
  children: React.ReactNode;
}) {
  return (
    <Tip shortcut={p.id}>
      <button
        type="button"
        data-testid={`${p.id}-button`}
        className={p.className}
        disabled={p.disabled}
        onClick={p.onClick}
      >
        {p.icon}
        {p.children}
        <Kbd id={p.id} />
      </button>
    </Tip>
  );
}

/** Generate / Verify / Refine / Stop, each with its key. Only one run at a time per session. */
export function RunControls({ busy, hasProof, canStop, onRun, onStop, verifySamples }: Props) {
  return (
    <div className={styles.controls}>
      <RunButton
        id="generate"
        icon={<Play size={14} aria-hidden />}
        disabled={busy}
        onClick={() => onRun('generate')}
      >
        Generate
      </RunButton>
      <RunButton
        id="verify"
        icon={<ShieldCheck size={14} aria-hidden />}
        className={hasProof ? 'primary' : undefined}
        disabled={busy || !hasProof}
        onClick={() => onRun('verify')}
      >
        Verify{verifySamples && verifySamples > 1 ? ` ×${verifySamples}` : ''}
      </RunButton>
      <RunButton
        id="refine"
        icon={<Sparkles size={14} aria-hidden />}
        disabled={busy || !hasProof}
        onClick={() => onRun('refine')}
      >
        Refine
      </RunButton>
      <RunButton
        id="stop"
        icon={<Square size={12} aria-hidden />}
        className="danger"
        disabled={!canStop}
        onClick={onStop}
      >
        Stop
      </RunButton>
    </div>
  );
}
