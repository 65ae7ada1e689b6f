'use client';

import { PenLine, ShieldCheck } from 'lucide-react';
import styles from './outline.module.css';

/** "Verify this part" on the selected node's row (issue 17): disabled while a run is live. */
export function VerifyPartButton(p: { name: string; onVerify?: () => void; busy: boolean }) {
  return (
    <button
      type="button"
      className={styles.verifyPart}
      data-testid="outline-verify-part"
      disabled={!p.onVerify || p.busy}
      title={`Verify ${p.name || 'this part'} on its own: the verifier gets the problem, the statements it cites and its lines`}
      onClick={p.onVerify}
    >
      <ShieldCheck size={13} aria-hidden />
      Verify this part
    </button>
  );
}

/** "Rewrite this part": the generator replaces the node's lines alone; disabled while a run is live. */
export function RewritePartButton(p: { name: string; onRewrite?: () => void; busy: boolean }) {
  return (
    <button
      type="button"
      className={styles.verifyPart}
      data-testid="outline-rewrite-part"
      disabled={!p.onRewrite || p.busy}
      title={`Rewrite ${p.name || 'this part'} alone, with its open and accepted findings and your notes: the new round keeps every other line as it is`}
      onClick={p.onRewrite}
    >
      <PenLine size={13} aria-hidden />
      Rewrite this part
    </button>
  );
}

/** The score of a node's own verification, beside its status (the round's score stays the whole proof's). */
export function PartScore({ score }: { score: number | null }) {
  return (
    <span
      className={styles.partScore}
      data-testid="outline-part-score"
      data-score={score ?? ''}
      title="Score of this part's own verification"
    >
      part {score === null ? '—' : score}
    </span>
  );
}
