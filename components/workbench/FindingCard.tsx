'use client';

import { ReplyThread } from '@/components/findings/ReplyThread';
import { SourceMark } from '@/components/findings/SourceMark';
import { MathInline } from '@/components/math/MathInline';
import { MathMarkdown } from '@/components/math/MathMarkdown';
import { Kbd } from '@/components/ui/Kbd';
import { Tip } from '@/components/ui/Tip';
import type { Decision, Finding, LivePlacement } from '@/lib/schemas';
import styles from './findings.module.css';
import { OverrideForm } from './OverrideForm';
import type { PersonControls } from './person-controls';
import { FindingSupportLine } from './samples/FindingSupportLine';

type Props = {
  finding: Finding;
  /** Where the editor draws it now (follows the person's edits). */
  live: LivePlacement | undefined;
  /** Where it came from across rounds: new here, or still present since an earlier round. */
  life: string;
  selected: boolean;
  overriding: boolean;
  onSelect: () => void;
  onDecide: (decision: Decision, note?: string) => void;
  onOverride: (open: boolean) => void;
  onReanchor: () => void;
  /** Replies, and Edit / Delete on a person's own finding. */
  person?: PersonControls;
  /** `div` inside a virtual list, whose rows are the list items. */
  as?: 'li' | 'div';
};

const CONFIDENCE_LABEL = {
  exact: 'exact quote',
  confident: 'close match',
  approximate: 'approximate',
  orphan: 'quote not found',
};

function where(f: Finding, live: LivePlacement | undefined): string {
  const a = f.anchor;
  if (!a) return 'whole proof';
  const start = live?.startLine ?? a.startLine;
  const end = live?.endLine ?? a.endLine;
  const lines = start === end ? `L${start}` : `L${start}–${end}`;
  return a.confidence === 'orphan' ? `${lines} (cited lines; quote not found)` : lines;
}

const DECISION_LABEL: Record<Decision, string> = {
  pending: 'undecided',
  accepted: 'accepted — fix in next round',
  overridden: 'overridden',
  dismissed: 'dismissed',
};

/** The person's note: shown whatever the decision, since it goes to the model and exports. */
export function DecisionNote({ note }: { note: string }) {
  return (
    <p data-testid="finding-note">
      <strong>Your note: </strong>
      <MathInline text={note} />
    </p>
  );
}

/** One finding: where, what, the suggested fix, and the person's decision on it. */
export function FindingCard(props: Props) {
  const { finding: f, live, selected, overriding, onSelect, onDecide, onOverride } = props;
  const status = f.anchor ? (live?.status ?? f.anchor.status ?? 'current') : null;
  const Item = props.as ?? 'li';
  return (
    <Item
      className={`${styles.card} ${selected ? styles.selected : ''}`}
      data-testid="finding"
      data-finding-id={f.id}
      data-severity={f.severity}
      data-start-line={live?.startLine ?? f.anchor?.startLine ?? ''}
      data-end-line={live?.endLine ?? f.anchor?.endLine ?? ''}
      data-confidence={f.anchor?.confidence ?? 'none'}
      data-anchor-status={status ?? 'none'}
      data-decision={f.decision}
      data-source={f.source}
      aria-current={selected ? 'true' : undefined}
      onClick={onSelect}
    >
      <div className={styles.head}>
        <span className={`sev-chip sev-${f.severity}`}>{f.severity}</span>
        <SourceMark source={f.source} support={f.support} />
        <span>{where(f, live)}</span>
        {f.anchor ? <span className="tag">{CONFIDENCE_LABEL[f.anchor.confidence]}</span> : null}
        {status && status !== 'current' ? (
          <span className="tag-warn" data-testid="anchor-status">
            {status}
          </span>
        ) : null}
        <span className="tag" data-testid="finding-life">
          {props.life}
        </span>
        <span className={styles.decision}>{DECISION_LABEL[f.decision]}</span>
      </div>
      <FindingSupportLine support={f.support} />
      {f.category ? (
        <span className="tag" data-testid="finding-category">
          {f.category}
        </span>
      ) : null}
      {f.quote ? (
        <blockquote className={styles.quote}>
          <MathInline text={f.quote} />
        </blockquote>
      ) : null}
      <div className={styles.description}>
        <MathMarkdown text={f.description} />
      </div>
      {f.suggestion ? (
        <div className={styles.suggestion}>
          <strong>Suggested fix: </strong>
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
        <div className={styles.actions} onClick={(e) => e.stopPropagation()}>
          <Tip shortcut="accept">
            <button
              type="button"
              data-testid="finding-accept"
              aria-pressed={f.decision === 'accepted'}
              onClick={() => onDecide('accepted')}
            >
              Accept
              {selected ? <Kbd id="accept" /> : null}
            </button>
          </Tip>
          <Tip shortcut="override">
            <button
              type="button"
              data-testid="finding-override"
              aria-pressed={f.decision === 'overridden'}
              onClick={() => onOverride(true)}
            >
              Override…
              {selected ? <Kbd id="override" /> : null}
            </button>
          </Tip>
          <Tip shortcut="dismiss">
            <button
              type="button"
              data-testid="finding-dismiss"
              aria-pressed={f.decision === 'dismissed'}
              onClick={() => onDecide('dismissed')}
            >
              Dismiss
              {selected ? <Kbd id="dismiss" /> : null}
            </button>
          </Tip>
          {status === 'outdated' ? (
            <button type="button" data-testid="finding-reanchor" onClick={props.onReanchor}>
              Re-anchor
            </button>
          ) : null}
          {f.decision !== 'pending' ? (
            <button type="button" className="link" onClick={() => onDecide('pending')}>
              Undo
            </button>
          ) : null}
          {props.person && f.source === 'person' && props.person.editable ? (
            <>
              <button
                type="button"
                className="link"
                data-testid="finding-edit"
                onClick={() => props.person?.edit(f)}
              >
                Edit
              </button>
              <button
                type="button"
                className="link"
                data-testid="finding-delete"
                onClick={() => props.person?.remove(f)}
              >
                Delete
              </button>
            </>
          ) : null}
        </div>
      )}
      {props.person ? (
        <ReplyThread
          replies={f.replies}
          busy={props.person.replyBusy}
          error={props.person.replyError}
          onReply={(text, decision) =>
            props.person ? props.person.reply(f.id, text, decision) : Promise.resolve(false)
          }
        />
      ) : null}
    </Item>
  );
}
