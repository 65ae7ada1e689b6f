'use client';

import { Bot, Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useDraftRubric, useProblemRubric, useSaveRubric } from '@/hooks/use-rubric';
import { checkpointTotal, type Rubric, type UsageLine } from '@/lib/schemas';
import { DraftCost } from './DraftCost';
import { RubricForm } from './RubricForm';
import { RubricView } from './RubricView';
import styles from './rubric.module.css';

const REMOVE_QUESTION =
  'Remove this rubric? Grading goes back to the 7 / 6 / 1 / 0 scale; grades already given keep the rubric they were given under.';

/**
 * A problem's rubric on its page: shown when it has one, written by hand, or drafted by the
 * grader model from the reference solution and guidelines and then edited before saving.
 */
export function RubricSection({ problemId }: { problemId: string }) {
  const { data, error } = useProblemRubric(problemId);
  const save = useSaveRubric(problemId);
  const draft = useDraftRubric(problemId);
  // The form is open on this rubric (stored, a draft with what it cost, or null for a blank one).
  const [editing, setEditing] = useState<{
    from: Rubric | null;
    key: number;
    drafted?: UsageLine;
  } | null>(null);
  const rubric = data?.rubric ?? null;
  const startDraft = () =>
    draft.mutate(undefined, {
      onSuccess: (d) => {
        if (d.rubric) setEditing({ from: d.rubric, key: Date.now(), drafted: d.usage });
      },
    });
  return (
    <section className={styles.section} data-testid="rubric-section">
      <div className={styles.head}>
        <h3>Rubric</h3>
        {rubric ? (
          <span className={styles.total} data-testid="rubric-total">
            {checkpointTotal(rubric)} / 7 points
          </span>
        ) : null}
        {!editing ? (
          <>
            <button
              type="button"
              data-testid="rubric-edit"
              onClick={() => setEditing({ from: rubric, key: Date.now() })}
            >
              <Pencil size={14} aria-hidden />
              {rubric ? 'Edit rubric' : 'Write a rubric'}
            </button>
            <button
              type="button"
              data-testid="rubric-draft"
              disabled={draft.isPending}
              onClick={startDraft}
            >
              <Bot size={14} aria-hidden />
              {draft.isPending ? 'Drafting…' : 'Draft with grader model'}
            </button>
            {rubric ? (
              <button
                type="button"
                data-testid="rubric-remove"
                disabled={save.isPending}
                onClick={() => {
                  if (window.confirm(REMOVE_QUESTION)) save.mutate(null);
                }}
              >
                <Trash2 size={14} aria-hidden />
                Remove rubric
              </button>
            ) : null}
          </>
        ) : null}
      </div>
      {error ? (
        <p className="error" role="alert">
          {error.message}
        </p>
      ) : null}
      {save.error && !editing ? (
        <p className="error" role="alert">
          {save.error.message}
        </p>
      ) : null}
      {draft.error ? (
        <p className="error" role="alert">
          {draft.error.message}
        </p>
      ) : null}
      {draft.data && !draft.data.rubric ? (
        <details className="error" data-testid="rubric-draft-problem">
          <summary>The draft could not be read as a rubric: {draft.data.problem}</summary>
          <pre>{draft.data.text}</pre>
        </details>
      ) : null}
      {editing?.drafted ? <DraftCost usage={editing.drafted} /> : null}
      {editing ? (
        <RubricForm
          key={editing.key}
          initial={editing.from}
          saving={save.isPending}
          error={save.error?.message ?? null}
          onCancel={() => setEditing(null)}
          onSave={(r) => save.mutate(r, { onSuccess: () => setEditing(null) })}
        />
      ) : rubric ? (
        <RubricView rubric={rubric} />
      ) : (
        <p className="muted" data-testid="rubric-none">
          No rubric yet: grading uses the 7 / 6 / 1 / 0 scale of the guidelines.
        </p>
      )}
    </section>
  );
}
