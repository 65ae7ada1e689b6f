'use client';

import { useState } from 'react';
import { MathInline } from '@/components/math/MathInline';
import { useSaveHumanGrade } from '@/hooks/use-grading';
import { cappedTotal } from '@/lib/grading/rubric-total';
import type { HumanGrade, Rubric } from '@/lib/schemas';
import styles from './grading.module.css';
import { RationaleAndSave } from './RationaleAndSave';

const range = (n: number) => Array.from({ length: n + 1 }, (_, i) => i);

function awardsOf(grade: HumanGrade | null): Record<string, number> {
  return Object.fromEntries(grade?.awards?.checkpoints.map((c) => [c.id, c.points]) ?? []);
}

/**
 * The person grades against the rubric: a click awards a checkpoint 0…its points, a tick
 * applies a deduction, and the total (capped at 7, never below 0) follows as they go. The
 * server checks the awards again and stores the same capped sum. The parent keys this form
 * by the stored grade's time, so a saved grade starts it afresh.
 */
export function CheckpointGradeForm({
  sessionId,
  rubric,
  grade,
}: {
  sessionId: string;
  rubric: Rubric;
  grade: HumanGrade | null;
}) {
  const [awards, setAwards] = useState(() => awardsOf(grade));
  const [deductions, setDeductions] = useState<string[]>(
    grade?.awards?.deductions.map((d) => d.id) ?? [],
  );
  const [rationale, setRationale] = useState(grade?.rationale ?? '');
  const save = useSaveHumanGrade(sessionId);
  const total = cappedTotal(
    rubric.checkpoints.map((c) => awards[c.id] ?? 0),
    rubric.deductions.filter((d) => deductions.includes(d.id)).map((d) => d.points),
  );
  return (
    <form
      className={styles.block}
      data-testid="checkpoint-grade-form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ checkpoints: awards, deductions, rationale });
      }}
    >
      <div className={styles.row}>
        <h3>Your grade, by checkpoint</h3>
        <span className={styles.points} data-testid="human-grade" data-points={grade?.points ?? ''}>
          {grade ? `${grade.points} / ${grade.maxPoints}` : '—'}
        </span>
        <span className="muted" data-testid="checkpoint-total">
          this grading: {total} / 7
        </span>
      </div>
      {rubric.checkpoints.map((c) => (
        <div
          key={c.id}
          className={styles.checkpoint}
          data-testid="checkpoint-award"
          data-checkpoint={c.id}
        >
          <div>
            <strong>{c.id}</strong> <MathInline text={c.text} />
          </div>
          <fieldset className={styles.scale} aria-label={`Points for ${c.id}, out of ${c.points}`}>
            {range(c.points).map((p) => (
              <button
                key={p}
                type="button"
                aria-pressed={(awards[c.id] ?? 0) === p}
                data-testid={`award-${c.id}-${p}`}
                onClick={() => setAwards({ ...awards, [c.id]: p })}
              >
                {p}
              </button>
            ))}
          </fieldset>
        </div>
      ))}
      {rubric.deductions.map((d) => (
        <label key={d.id} className="check" data-testid={`deduction-${d.id}`}>
          <input
            type="checkbox"
            checked={deductions.includes(d.id)}
            onChange={(e) =>
              setDeductions(
                e.target.checked ? [...deductions, d.id] : deductions.filter((x) => x !== d.id),
              )
            }
          />
          −{d.points} · <MathInline text={d.text} />
        </label>
      ))}
      <RationaleAndSave
        rationale={rationale}
        onRationale={setRationale}
        placeholder="Rationale: why each checkpoint earned what it did"
        disabled={false}
        saving={save.isPending}
        error={save.error}
      />
    </form>
  );
}
