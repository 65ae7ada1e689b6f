'use client';

import { Save, X } from 'lucide-react';
import { useState } from 'react';
import { checkpointTotal, MAX_POINTS, type Rubric } from '@/lib/schemas';
import { type RubricItem, RubricItemRows } from './RubricItemRows';
import styles from './rubric.module.css';

/** The form's state: zero-credit notes as one textarea, one note per line. */
type Draft = { checkpoints: RubricItem[]; zeroCredit: string; deductions: RubricItem[] };

const toDraft = (r: Rubric | null): Draft => ({
  checkpoints: r?.checkpoints.map((c) => ({ ...c })) ?? [{ id: 'C1', text: '', points: 1 }],
  zeroCredit: r?.zeroCredit.join('\n') ?? '',
  deductions: r?.deductions.map((d) => ({ ...d })) ?? [],
});

const fromDraft = (d: Draft): Rubric => ({
  checkpoints: d.checkpoints.map((c) => ({ ...c, id: c.id.trim(), text: c.text.trim() })),
  zeroCredit: d.zeroCredit
    .split('\n')
    .map((z) => z.trim())
    .filter(Boolean),
  deductions: d.deductions.map((x) => ({ ...x, id: x.id.trim(), text: x.text.trim() })),
});

/**
 * Writing or editing a rubric: checkpoint rows whose points must add up to at most 7 (the
 * total is shown as you type, and saving is refused above 7, as the server would), the notes
 * that earn nothing, and the deductions. `initial` is the stored rubric or a model's draft.
 */
export function RubricForm({
  initial,
  saving,
  error,
  onSave,
  onCancel,
}: {
  initial: Rubric | null;
  saving: boolean;
  error: string | null;
  onSave: (rubric: Rubric) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(() => toDraft(initial));
  const total = checkpointTotal(draft);
  const over = total > MAX_POINTS;
  return (
    <form
      className={styles.form}
      data-testid="rubric-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!over) onSave(fromDraft(draft));
      }}
    >
      <p className={styles.label}>
        Checkpoints ·{' '}
        <span className={styles.total} data-testid="rubric-form-total" data-over={over}>
          {total} / {MAX_POINTS} points
        </span>
        {over ? ' — more than 7: remove points before saving' : ''}
      </p>
      <RubricItemRows
        kind="checkpoint"
        prefix="C"
        maxPoints={MAX_POINTS}
        items={draft.checkpoints}
        onChange={(checkpoints) => setDraft({ ...draft, checkpoints })}
      />
      <label className={styles.label} htmlFor="rubric-zero-credit">
        Zero credit (one note per line: what earns nothing)
      </label>
      <textarea
        id="rubric-zero-credit"
        data-testid="rubric-zero-credit"
        rows={2}
        value={draft.zeroCredit}
        onChange={(e) => setDraft({ ...draft, zeroCredit: e.target.value })}
      />
      <p className={styles.label}>Deductions (subtracted from the total, never below 0)</p>
      <RubricItemRows
        kind="deduction"
        prefix="D"
        maxPoints={MAX_POINTS}
        items={draft.deductions}
        onChange={(deductions) => setDraft({ ...draft, deductions })}
      />
      <div className="form-row">
        <button
          type="submit"
          className="primary"
          data-testid="rubric-save"
          disabled={saving || over}
        >
          <Save size={14} aria-hidden />
          {saving ? 'Saving…' : 'Save rubric'}
        </button>
        <button type="button" onClick={onCancel}>
          <X size={14} aria-hidden />
          Cancel
        </button>
        {error ? (
          <span className="error" role="alert" data-testid="rubric-error">
            {error}
          </span>
        ) : null}
      </div>
    </form>
  );
}
