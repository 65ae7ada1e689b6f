'use client';

import { Save } from 'lucide-react';

/**
 * The end of a person's grading form, by total or by checkpoint: the rationale, the save
 * button and what went wrong when saving.
 */
export function RationaleAndSave(p: {
  rationale: string;
  onRationale: (text: string) => void;
  placeholder: string;
  /** Nothing to save yet (no points chosen). */
  disabled: boolean;
  saving: boolean;
  error: Error | null;
}) {
  return (
    <>
      <textarea
        rows={3}
        data-testid="human-rationale"
        placeholder={p.placeholder}
        value={p.rationale}
        maxLength={20_000}
        onChange={(e) => p.onRationale(e.target.value)}
      />
      <div className="form-row">
        <button
          type="submit"
          data-testid="human-grade-save"
          className="primary"
          disabled={p.disabled || p.saving}
        >
          <Save size={14} aria-hidden />
          {p.saving ? 'Saving…' : 'Save my grade'}
        </button>
        {p.error ? (
          <span className="error" role="alert">
            {p.error.message}
          </span>
        ) : null}
      </div>
    </>
  );
}
