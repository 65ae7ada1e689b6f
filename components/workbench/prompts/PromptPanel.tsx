'use client';

import { useState } from 'react';
import { usePromptText } from '@/hooks/use-prompts';
import { promptLabel } from '@/lib/schemas';
import styles from './prompts.module.css';
import type { PromptEntry } from './round-prompts';

const STEP = { draft: 'Draft', report: 'Verification' } as const;

/** The exact messages sent, fetched when asked for, shown as plain text. */
function PromptMessages({ sessionId, hash }: { sessionId: string; hash: string }) {
  const { data, error } = usePromptText(sessionId, hash);
  if (error) return <p className="error">{error.message}</p>;
  if (!data) return <p className="muted">Loading…</p>;
  return (
    <div data-testid="prompt-messages">
      {data.messages.map((m, i) => (
        <section key={i} className={styles.message}>
          <h5>{m.role}</h5>
          <pre className={styles.text}>{m.content}</pre>
        </section>
      ))}
    </div>
  );
}

/** The Prompt tab: every prompt behind the selected round, each with its full text on demand. */
export function PromptPanel({ sessionId, entries }: { sessionId: string; entries: PromptEntry[] }) {
  const [open, setOpen] = useState<string | null>(null);
  if (!entries.length) {
    return (
      <p className="muted" data-testid="prompt-panel">
        No prompt recorded for this round (written by hand, imported, or made before prompts were
        recorded).
      </p>
    );
  }
  return (
    <div data-testid="prompt-panel">
      {entries.map((e) => {
        const key = `${e.step}:${e.prompt.messagesHash}`;
        return (
          <div key={key} className={styles.entry} data-testid="prompt-entry">
            <div className={styles.entryHead}>
              <strong>{STEP[e.step]}</strong> <span>{e.prompt.purpose}</span>{' '}
              <code data-testid="prompt-entry-label">{promptLabel(e.prompt)}</code>
              {e.prompt.distinct > 1 ? (
                <span className="muted"> · {e.prompt.distinct} distinct prompts, first shown</span>
              ) : null}
              <button
                type="button"
                className="link"
                data-testid="prompt-show"
                aria-expanded={open === key}
                onClick={() => setOpen(open === key ? null : key)}
              >
                {open === key ? 'Hide text' : 'Show full text'}
              </button>
            </div>
            {open === key ? (
              <PromptMessages sessionId={sessionId} hash={e.prompt.messagesHash} />
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
