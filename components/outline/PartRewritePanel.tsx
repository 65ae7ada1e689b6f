'use client';

import { X } from 'lucide-react';
import { replacementSoFar } from '@/lib/structure/splice-part';
import styles from './rewrite.module.css';

/** A "Rewrite this part" run as the outline shows it (issue 17). */
export type PartRewrite = {
  runId: string;
  nodeId: string;
  live: boolean;
  /** The run's final status once it has one. */
  status: string | null;
  /** The model's answer so far (all of it, markers included). */
  text: string;
  error: string | null;
  /** The round the splice made, once it exists. */
  roundIndex: number | null;
};

/**
 * The part rewrite's own pane: while it runs, only the replacement streams here (the editor
 * keeps the proof as stored, since nothing is spliced until the answer is complete); when it
 * ends, the new round, or why there is none with the model's raw answer.
 */
export function PartRewritePanel(p: { rewrite: PartRewrite; name: string; onClose: () => void }) {
  const { rewrite: r } = p;
  const soFar = replacementSoFar(r.text);
  return (
    <section
      className={styles.pane}
      data-testid="part-rewrite"
      data-state={r.live ? 'live' : (r.status ?? 'ended')}
      aria-label={`Rewrite of ${p.name}`}
    >
      <header className={styles.head}>
        <strong>{headline(r, p.name)}</strong>
        {r.live ? null : (
          <button
            type="button"
            className={styles.close}
            aria-label="Close"
            data-testid="part-rewrite-close"
            onClick={p.onClose}
          >
            <X size={14} aria-hidden />
          </button>
        )}
      </header>
      {r.live ? (
        <>
          <p className="muted">
            The proof stays as it is until the replacement is complete; then it is spliced into a
            new round.
          </p>
          <pre className={styles.text} data-testid="part-rewrite-text">
            {soFar ?? `Waiting for the replacement… (${r.text.length} characters of answer)`}
          </pre>
        </>
      ) : r.status === 'failed' ? (
        <>
          <p className={styles.reason} role="alert" data-testid="part-rewrite-reason">
            {r.error ?? 'The rewrite failed.'}
          </p>
          {r.text ? (
            <details open>
              <summary>The model’s answer</summary>
              <pre className={styles.text} data-testid="part-rewrite-raw">
                {r.text}
              </pre>
            </details>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function headline(r: PartRewrite, name: string): string {
  if (r.live) return `Rewriting ${name}…`;
  if (r.status === 'succeeded')
    return r.roundIndex === null
      ? `${name} rewritten: loading the new round…`
      : `${name} rewritten into round ${r.roundIndex}; every other line is unchanged`;
  if (r.status === 'stopped') return `Rewrite of ${name} stopped: no round was created`;
  return `Rewrite of ${name} failed`;
}
