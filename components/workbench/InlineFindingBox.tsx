'use client';

import { ReplyThread } from '@/components/findings/ReplyThread';
import { SourceMark } from '@/components/findings/SourceMark';
import { MathMarkdown } from '@/components/math/MathMarkdown';
import { Tip } from '@/components/ui/Tip';
import type { Decision, Finding } from '@/lib/schemas';
import { DecisionNote } from './FindingCard';
import styles from './findings.module.css';
import { OverrideForm } from './OverrideForm';
import type { PersonControls } from './person-controls';

/** The comment box Monaco shows under the selected finding's lines. */
export function InlineFindingBox({
  finding: f,
  overriding,
  onDecide,
  onOverride,
  person,
}: {
  finding: Finding;
  /** The override note is being written here (Override was clicked in this box). */
  overriding: boolean;
  onDecide: (decision: Decision, note?: string) => void;
  onOverride: (open: boolean) => void;
  person?: PersonControls;
}) {
  return (
    <div className={styles.inline} data-testid="inline-finding" data-finding-id={f.id}>
      <div>
        <strong className={`sev-chip sev-${f.severity}`}>{f.severity}</strong>{' '}
        <SourceMark source={f.source} support={f.support} />
        {f.category ? <span className="tag">{f.category}</span> : null}
        <span className="muted"> · {f.decision === 'pending' ? 'undecided' : f.decision}</span>
      </div>
      <MathMarkdown text={f.description} />
      {f.suggestion ? (
        <div>
          <strong>Fix: </strong>
          <MathMarkdown text={f.suggestion} />
        </div>
      ) : null}
      {f.note && !overriding ? <DecisionNote note={f.note} /> : null}
      {overriding ? (
        <OverrideForm
          initialNote={f.note}
          onSave={(note) => {
            onDecide('overridden', note);
            onOverride(false);
          }}
          onCancel={() => onOverride(false)}
        />
      ) : (
        <div className={styles.actions}>
          <Tip shortcut="accept">
            <button type="button" data-testid="zone-accept" onClick={() => onDecide('accepted')}>
              Accept
            </button>
          </Tip>
          <Tip shortcut="override">
            <button type="button" data-testid="zone-override" onClick={() => onOverride(true)}>
              Override…
            </button>
          </Tip>
          <Tip shortcut="dismiss">
            <button type="button" data-testid="zone-dismiss" onClick={() => onDecide('dismissed')}>
              Dismiss
            </button>
          </Tip>
        </div>
      )}
      {person ? (
        <ReplyThread
          replies={f.replies}
          busy={person.replyBusy}
          error={person.replyError}
          onReply={(text, decision) => person.reply(f.id, text, decision)}
        />
      ) : null}
    </div>
  );
}
