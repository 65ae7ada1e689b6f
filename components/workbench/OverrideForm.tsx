'use client';

import { useState } from 'react';
import styles from './findings.module.css';

/**
 * The override note, written where the person clicked Override (the card in the list, or
 * the box in the editor), focused at once so they can type.
 */
export function OverrideForm({
  initialNote,
  onSave,
  onCancel,
}: {
  initialNote: string;
  onSave: (note: string) => void;
  onCancel: () => void;
}) {
  const [note, setNote] = useState(initialNote);
  return (
    <form
      className={styles.overrideForm}
      data-testid="override-form"
      onClick={(e) => e.stopPropagation()}
      onSubmit={(e) => {
        e.preventDefault();
        if (note.trim()) onSave(note.trim());
      }}
    >
      <textarea
        data-testid="override-note"
        // biome-ignore lint/a11y/noAutofocus: the person just asked to write this note
        autoFocus
        value={note}
        placeholder="This step is fine because… / Fix it this way…"
        onChange={(e) => setNote(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
          // Monaco must not treat keys typed into the note as editor commands.
          e.stopPropagation();
        }}
      />
      <button type="submit" data-testid="override-save" disabled={!note.trim()}>
        Save override
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
