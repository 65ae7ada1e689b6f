'use client';

import { promptLabel, type SessionDetail } from '@/lib/schemas';
import { draftPrompt } from '../prompts/round-prompts';
import styles from './rounds.module.css';

/**
 * Which prompt set and template wrote each round's draft. A round made with a different set
 * from the round before it is marked, and so is one whose template changed since that
 * purpose was last used (generate and refine have different templates of one set).
 */
export function RoundPrompts({ session }: { session: SessionDetail }) {
  const rows = session.rounds.map((r) => ({ round: r, prompt: draftPrompt(r, session.runs) }));
  // A round without a prompt still has a line: "written by hand" says where its text came from.
  if (rows.length === 0) return <p className="muted">No round yet.</p>;
  // The set of the round before, and the template each purpose last used.
  let previousSet: string | null = null;
  const lastTemplate = new Map<string, string>();
  return (
    <ul className={styles.promptList} data-testid="round-prompts">
      {rows.map(({ round, prompt }) => {
        const setChanged = !!prompt && !!previousSet && prompt.set !== previousSet;
        const before = prompt ? lastTemplate.get(`${prompt.set}:${prompt.purpose}`) : undefined;
        const edited = !!prompt && !setChanged && !!before && before !== prompt.templateHash;
        if (prompt) {
          previousSet = prompt.set;
          lastTemplate.set(`${prompt.set}:${prompt.purpose}`, prompt.templateHash);
        }
        return (
          <li key={round.id} data-testid="round-prompt" data-round={round.index}>
            <strong>R{round.index}</strong>{' '}
            {prompt ? (
              <code>{promptLabel(prompt)}</code>
            ) : (
              <span className="muted">
                {round.origin === 'manual' ? 'written by hand' : 'no prompt recorded'}
              </span>
            )}
            {setChanged ? (
              <span className="tag-warn" data-testid="round-prompt-changed">
                different prompt set
              </span>
            ) : null}
            {edited ? (
              <span className="tag-warn" data-testid="round-template-changed">
                template edited
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
