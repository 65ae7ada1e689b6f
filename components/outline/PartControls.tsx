'use client';

import { PenLine, ShieldCheck } from 'lucide-react';
import type { ReactNode } from 'react';
import styles from './outline.module.css';

/** One action on the selected node's row: disabled while a run is live or it cannot run. */
function PartAction(p: {
  testId: string;
  icon: ReactNode;
  label: string;
  title: string;
  onClick?: () => void;
  busy: boolean;
}) {
  return (
    <button
      type="button"
      className={styles.verifyPart}
      data-testid={p.testId}
      disabled={!p.onClick || p.busy}
      title={p.title}
      onClick={p.onClick}
    >
      {p.icon}
      {p.label}
    </button>
  );
}

/** "Verify this part" (issue 17). */
export function VerifyPartButton(p: { name: string; onVerify?: () => void; busy: boolean }) {
  return (
    <PartAction
      testId="outline-verify-part"
      icon={<ShieldCheck size={13} aria-hidden />}
      label="Verify this part"
      title={`Verify ${p.name || 'this part'} on its own: the verifier gets the problem, the statements it cites and its lines`}
      onClick={p.onVerify}
      busy={p.busy}
    />
  );
}

/** "Rewrite this part": the generator replaces the node's lines alone. */
export function RewritePartButton(p: { name: string; onRewrite?: () => void; busy: boolean }) {
  return (
    <PartAction
      testId="outline-rewrite-part"
      icon={<PenLine size={13} aria-hidden />}
      label="Rewrite this part"
      title={`Rewrite ${p.name || 'this part'} alone, with its open and accepted findings and your notes: the new round keeps every other line as it is`}
      onClick={p.onRewrite}
      busy={p.busy}
    />
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
