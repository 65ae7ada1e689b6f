'use client';

import { promptLabel } from '@/lib/schemas';
import styles from './prompts.module.css';
import type { PromptEntry } from './round-prompts';

/**
 * "prompt: proofdesk@3f2a91c0…" for the selected round's draft (and its report when that
 * came from another set); a click opens the Prompt tab with the full text.
 */
export function RunPromptLine({ entries, onOpen }: { entries: PromptEntry[]; onOpen: () => void }) {
  const labels = [...new Set(entries.map((e) => promptLabel(e.prompt)))];
  if (!labels.length) return null;
  return (
    <button
      type="button"
      className={styles.line}
      data-testid="run-prompt"
      title="The prompt set and template this round was made with: show the exact text"
      onClick={onOpen}
    >
      prompt: {labels.join(' · ')}
    </button>
  );
}
