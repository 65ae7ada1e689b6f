'use client';

import { Check, RotateCcw, X } from 'lucide-react';
import { MathInline } from '@/components/math/MathInline';
import { useDecideFinding } from '@/hooks/use-session-actions';
import { truncateTex } from '@/lib/math/truncate-tex';
import type { Finding } from '@/lib/schemas';
import styles from './review.module.css';

const DECISIONS = [
  { decision: 'accepted', testId: 'review-accept', label: 'Accept', icon: <Check size={14} /> },
  { decision: 'dismissed', testId: 'review-dismiss', label: 'Dismiss', icon: <X size={14} /> },
  { decision: 'pending', testId: 'review-reset', label: 'Undecide', icon: <RotateCcw size={13} /> },
] as const;

/**
 * Quick decisions while reviewing: accept, dismiss or reset each finding. Overriding needs
 * a note and lives in the workbench, where the finding sits in the editor.
 */
export function DecisionList({ sessionId, findings }: { sessionId: string; findings: Finding[] }) {
  const decide = useDecideFinding(sessionId);
  return (
    <ol className={styles.decisions}>
      {findings.map((f) => (
        <li
          key={f.id}
          data-testid="review-finding"
          data-finding-id={f.id}
          data-decision={f.decision}
        >
          <span className={`sev-chip sev-${f.severity}`}>{f.severity}</span>
          <MathInline text={truncateTex(f.description.split('\n')[0], 140)} />
          <span className="muted">{f.decision}</span>
          {DECISIONS.map(({ decision: d, testId, label, icon }) => (
            <button
              key={d}
              type="button"
              data-testid={testId}
              disabled={f.decision === d || decide.isPending}
              onClick={() => decide.mutate({ id: f.id, decision: d })}
            >
              {icon}
              {label}
            </button>
          ))}
        </li>
      ))}
      {decide.error ? (
        <li className="error" role="alert">
          {decide.error.message}
        </li>
      ) : null}
    </ol>
  );
}
