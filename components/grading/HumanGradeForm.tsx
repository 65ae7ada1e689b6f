'use client';

import { useEffect, useState } from 'react';
import { useSaveHumanGrade } from '@/hooks/use-grading';
import type { HumanGrade } from '@/lib/schemas';
import styles from './grading.module.css';
import { RationaleAndSave } from './RationaleAndSave';

const POINTS = [0, 1, 2, 3, 4, 5, 6, 7];

/** The person's own grade out of 7 with a rationale; saving never touches the model's grade. */
export function HumanGradeForm({
  sessionId,
  grade,
}: {
  sessionId: string;
  grade: HumanGrade | null;
}) {
  const [points, setPoints] = useState<number | null>(grade?.points ?? null);
  const [rationale, setRationale] = useState(grade?.rationale ?? '');
  useEffect(() => {
    setPoints(grade?.points ?? null);
    setRationale(grade?.rationale ?? '');
  }, [grade?.points, grade?.rationale]);
  const save = useSaveHumanGrade(sessionId);
  return (
    <form
      className={styles.block}
      onSubmit={(e) => {
        e.preventDefault();
        if (points !== null) save.mutate({ points, rationale });
      }}
    >
      <div className={styles.row}>
        <h3>Your grade</h3>
        <span className={styles.points} data-testid="human-grade" data-points={grade?.points ?? ''}>
          {grade ? `${grade.points} / ${grade.maxPoints}` : '—'}
        </span>
      </div>
      <fieldset className={styles.scale} aria-label="Points out of 7">
        {POINTS.map((p) => (
          <button
            key={p}
            type="button"
            aria-pressed={points === p}
            data-testid={`human-points-${p}`}
            onClick={() => setPoints(p)}
          >
            {p}
          </button>
        ))}
      </fieldset>
      <RationaleAndSave
        rationale={rationale}
        onRationale={setRationale}
        placeholder="Rationale: what earns or loses points (e.g. which guideline item applies)"
        disabled={points === null}
        saving={save.isPending}
        error={save.error}
      />
    </form>
  );
}
