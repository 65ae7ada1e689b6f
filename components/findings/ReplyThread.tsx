'use client';

import { useState } from 'react';
import { MathInline } from '@/components/math/MathInline';
import type { Decision, FindingReply } from '@/lib/schemas';
import styles from './person-findings.module.css';

const SETS: { value: '' | Decision; label: string }[] = [
  { value: '', label: 'Reply' },
  { value: 'accepted', label: 'Reply and accept' },
  { value: 'overridden', label: 'Reply and override' },
  { value: 'dismissed', label: 'Reply and dismiss' },
];

const time = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The replies under a finding, oldest first: text, time, author, and a decision they set. */
export function ReplyList({
  replies,
}: {
  replies: { text: string; createdAt: number; author: string | null; decision: string | null }[];
}) {
  if (!replies.length) return null;
  return (
    <ol className={styles.replies} aria-label="Replies">
      {replies.map((r, i) => (
        <li key={i} data-testid="finding-reply">
          <span className={styles.replyMeta}>
            {r.author ? <strong>{r.author}</strong> : null}
            <time dateTime={new Date(r.createdAt).toISOString()}>{time(r.createdAt)}</time>
            {r.decision ? (
              <span className="tag">{r.decision === 'pending' ? 'undecided' : r.decision}</span>
            ) : null}
          </span>
          <MathInline text={r.text} />
        </li>
      ))}
    </ol>
  );
}

/**
 * A finding's thread with a box to answer in. A reply can set the decision ("accept after
 * discussion"); overriding takes the reply as the note the model reads.
 */
export function ReplyThread({
  replies,
  busy,
  error,
  onReply,
}: {
  replies: FindingReply[];
  busy: boolean;
  error: string | null;
  /** Resolves true once the reply is stored (the box then empties and closes). */
  onReply: (text: string, decision?: Decision) => Promise<boolean>;
}) {
  const [text, setText] = useState('');
  const [decision, setDecision] = useState<'' | Decision>('');
  const [open, setOpen] = useState(false);
  return (
    <div
      className={styles.thread}
      data-testid="finding-thread"
      onClick={(e) => e.stopPropagation()}
    >
      <ReplyList replies={replies} />
      {open ? (
        <form
          className={styles.replyForm}
          onSubmit={(e) => {
            e.preventDefault();
            if (!text.trim()) return;
            void onReply(text.trim(), decision || undefined).then((ok) => {
              if (!ok) return;
              setText('');
              setDecision('');
              setOpen(false);
            });
          }}
        >
          <textarea
            data-testid="reply-text"
            // biome-ignore lint/a11y/noAutofocus: the person just asked to reply
            autoFocus
            rows={2}
            value={text}
            placeholder="Your reply…"
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setOpen(false);
              // Keys typed into the reply are neither shortcuts nor Monaco commands.
              e.stopPropagation();
            }}
          />
          <div className={styles.formActions}>
            <select
              aria-label="Decision with the reply"
              data-testid="reply-decision"
              value={decision}
              onChange={(e) => setDecision(e.target.value as '' | Decision)}
            >
              {SETS.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
            <button type="submit" data-testid="reply-send" disabled={busy || !text.trim()}>
              Send
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
          {error ? (
            <p className="error" role="alert">
              {error}
            </p>
          ) : null}
        </form>
      ) : (
        <button
          type="button"
          className="link"
          data-testid="reply-open"
          onClick={() => setOpen(true)}
        >
          Reply
        </button>
      )}
    </div>
  );
}
