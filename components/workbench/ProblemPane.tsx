'use client';

import { useState } from 'react';
import { MathMarkdown } from '@/components/math/MathMarkdown';
import { byteLength, MAX_PROBLEM_BYTES } from '@/lib/schemas/limits';

/** The problem, rendered; click Edit to change its Markdown + LaTeX source. */
export function ProblemPane({
  problem,
  onSave,
  saving,
  error,
}: {
  problem: string;
  onSave: (problem: string) => void;
  saving: boolean;
  error: string | null;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(problem);
  const tooBig = byteLength(draft) > MAX_PROBLEM_BYTES;
  return (
    <section className="problem-pane" aria-label="Problem">
      <div className="pane-head">
        <h2>Problem</h2>
        {!editing ? (
          <button
            type="button"
            className="link"
            onClick={() => {
              setDraft(problem);
              setEditing(true);
            }}
          >
            Edit
          </button>
        ) : null}
      </div>
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onSave(draft);
            setEditing(false);
          }}
        >
          <textarea
            data-testid="problem-input"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            rows={6}
          />
          {tooBig ? <p className="error">The problem is larger than 200 kB.</p> : null}
          <button type="submit" disabled={saving || tooBig || !draft.trim()}>
            Save problem
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div
          className="problem-rendered"
          data-testid="problem-rendered"
          onDoubleClick={() => setEditing(true)}
        >
          <MathMarkdown text={problem} />
        </div>
      )}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
