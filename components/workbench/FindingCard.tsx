'use client';

import { useState } from 'react';
import { MathInline } from '@/components/math/MathInline';
import { MathMarkdown } from '@/components/math/MathMarkdown';
import type { Decision, Finding } from '@/lib/schemas';

type Props = {
  finding: Finding;
  selected: boolean;
  onSelect: () => void;
  onDecide: (decision: Decision, note?: string) => void;
};

function where(f: Finding): string {
  const a = f.anchor;
  if (!a) return 'whole proof';
  const lines = a.startLine === a.endLine ? `L${a.startLine}` : `L${a.startLine}–${a.endLine}`;
  return a.confidence === 'orphan' ? `${lines} (cited; quote not found)` : lines;
}

const DECISION_LABEL: Record<Decision, string> = {
  pending: 'undecided',
  accepted: 'accepted — fix in next round',
  overridden: 'overridden',
  dismissed: 'dismissed',
};

/** One finding: where, what, the suggested fix, and the person's decision on it. */
export function FindingCard({ finding: f, selected, onSelect, onDecide }: Props) {
  const [overriding, setOverriding] = useState(false);
  const [note, setNote] = useState(f.note);
  return (
    <li
      className={`finding-card sev-${f.severity}${selected ? ' is-selected' : ''} decision-${f.decision}`}
      data-testid="finding"
      data-finding-id={f.id}
      data-severity={f.severity}
      data-start-line={f.anchor?.startLine ?? ''}
      data-end-line={f.anchor?.endLine ?? ''}
      data-confidence={f.anchor?.confidence ?? 'none'}
      data-decision={f.decision}
      aria-current={selected ? 'true' : undefined}
      onClick={onSelect}
    >
      <div className="finding-head">
        <span className={`sev-chip sev-${f.severity}`}>{f.severity}</span>
        <span className="finding-where">{where(f)}</span>
        {f.carriedFromId ? <span className="tag">still present</span> : null}
        <span className="finding-decision">{DECISION_LABEL[f.decision]}</span>
      </div>
      {f.quote ? (
        <blockquote className="finding-quote">
          <MathInline text={f.quote} />
        </blockquote>
      ) : null}
      <div className="finding-description">
        <MathMarkdown text={f.description} />
      </div>
      {f.suggestion ? (
        <div className="finding-suggestion">
          <strong>Suggested fix: </strong>
          <MathMarkdown text={f.suggestion} />
        </div>
      ) : null}
      {f.decision === 'overridden' && f.note && !overriding ? (
        <p className="finding-note">
          <strong>Your note: </strong>
          {f.note}
        </p>
      ) : null}
      {overriding ? (
        <form
          className="override-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!note.trim()) return;
            onDecide('overridden', note.trim());
            setOverriding(false);
          }}
        >
          <textarea
            data-testid="override-note"
            value={note}
            placeholder="This step is fine because… / Fix it this way…"
            onChange={(e) => setNote(e.target.value)}
          />
          <button type="submit" data-testid="override-save" disabled={!note.trim()}>
            Save override
          </button>
          <button type="button" onClick={() => setOverriding(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="finding-actions" onClick={(e) => e.stopPropagation()}>
          <button
            type="button"
            data-testid="finding-accept"
            aria-pressed={f.decision === 'accepted'}
            onClick={() => onDecide('accepted')}
          >
            Accept
          </button>
          <button
            type="button"
            data-testid="finding-override"
            aria-pressed={f.decision === 'overridden'}
            onClick={() => setOverriding(true)}
          >
            Override…
          </button>
          <button
            type="button"
            data-testid="finding-dismiss"
            aria-pressed={f.decision === 'dismissed'}
            onClick={() => onDecide('dismissed')}
          >
            Dismiss
          </button>
          {f.decision !== 'pending' ? (
            <button type="button" className="link" onClick={() => onDecide('pending')}>
              Undo
            </button>
          ) : null}
        </div>
      )}
    </li>
  );
}
