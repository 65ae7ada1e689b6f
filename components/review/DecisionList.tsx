'use client';

import { Check, RotateCcw, X } from 'lucide-react';
import { useState } from 'react';
import { ReplyThread } from '@/components/findings/ReplyThread';
import { SourceMark } from '@/components/findings/SourceMark';
import { MathInline } from '@/components/math/MathInline';
import { OverrideForm } from '@/components/workbench/OverrideForm';
import { usePersonFindings } from '@/hooks/use-person-findings';
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
 * Decisions while reviewing, with the workbench's powers: accept, override with a note,
 * dismiss or reset each finding, and answer in its thread.
 */
export function DecisionList({ sessionId, findings }: { sessionId: string; findings: Finding[] }) {
  const decide = useDecideFinding(sessionId);
  const person = usePersonFindings(sessionId);
  const [overriding, setOverriding] = useState<string | null>(null);
  return (
    <ol className={styles.decisions}>
      {findings.map((f) => (
        <li
          key={f.id}
          data-testid="review-finding"
          data-finding-id={f.id}
          data-decision={f.decision}
          data-source={f.source}
        >
          <div className={styles.decisionRow}>
            <span className={`sev-chip sev-${f.severity}`}>{f.severity}</span>
            <SourceMark source={f.source} support={f.support} />
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
            <button
              type="button"
              data-testid="review-override"
              aria-pressed={f.decision === 'overridden'}
              onClick={() => setOverriding(f.id)}
            >
              Override…
            </button>
          </div>
          {overriding === f.id ? (
            <OverrideForm
              initialNote={f.note}
              onSave={(note) => {
                decide.mutate({ id: f.id, decision: 'overridden', note });
                setOverriding(null);
              }}
              onCancel={() => setOverriding(null)}
            />
          ) : f.note ? (
            <p className="muted" data-testid="review-note">
              Note: <MathInline text={f.note} />
            </p>
          ) : null}
          <ReplyThread
            replies={f.replies}
            busy={person.reply.isPending}
            error={(person.reply.error as Error | null)?.message ?? null}
            onReply={(text, decision) =>
              person.reply
                .mutateAsync({ id: f.id, input: { text, decision } })
                .then(() => true)
                .catch(() => false)
            }
          />
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
