'use client';

import { promptLabel, type SessionDetail } from '@/lib/schemas';
import { draftPrompt } from '../prompts/round-prompts';
import styles from './rounds.module.css';

/**
 * Which prompt set and template wrote each round's draft. A round made with a different set
 * (or an edited template) from the round before it is marked: its score is not comparable
 * as it stands.
 */
export function RoundPrompts({ session }: { session: SessionDetail }) {
  const rows = session.rounds.map((r) => ({ round: r, prompt: draftPrompt(r, session.runs) }));
  if (!rows.some((r) => r.prompt)) return <p className="muted">No prompt recorded yet.</p>;
  let previous: string | null = null;
  return (
    <ul className={styles.promptList} data-testid="round-prompts">
      {rows.map(({ round, prompt }) => {
        const label = prompt ? promptLabel(prompt) : null;
        const changed = !!label && !!previous && label !== previous;
        if (label) previous = label;
        return (
          <li key={round.id} data-testid="round-prompt" data-round={round.index}>
            <strong>R{round.index}</strong>{' '}
            {label ? (
              <code>{label}</code>
            ) : (
              <span className="muted">
                {round.origin === 'manual' ? 'written by hand' : 'no prompt recorded'}
              </span>
            )}
            {changed ? (
              <span className="tag-warn" data-testid="round-prompt-changed">
                different prompt set
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
