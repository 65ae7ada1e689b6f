'use client';

import { Plus, Trash2 } from 'lucide-react';
import styles from './rubric.module.css';

export type RubricItem = { id: string; text: string; points: number };

/**
 * Editable rows of checkpoints (or deductions): id, text, points, remove; and a button that
 * adds a row with the next free id (`C3`, `D2`).
 */
export function RubricItemRows({
  kind,
  items,
  onChange,
  prefix,
  maxPoints,
}: {
  kind: 'checkpoint' | 'deduction';
  items: RubricItem[];
  onChange: (items: RubricItem[]) => void;
  prefix: string;
  maxPoints: number;
}) {
  const set = (i: number, patch: Partial<RubricItem>) =>
    onChange(items.map((it, j) => (j === i ? { ...it, ...patch } : it)));
  const nextId = () => {
    let n = items.length + 1;
    while (items.some((it) => it.id === `${prefix}${n}`)) n++;
    return `${prefix}${n}`;
  };
  return (
    <>
      {items.map((it, i) => (
        <div className={styles.itemRow} key={i} data-testid={`rubric-${kind}`}>
          <input
            aria-label={`${kind} id`}
            value={it.id}
            maxLength={40}
            onChange={(e) => set(i, { id: e.target.value })}
          />
          <textarea
            aria-label={`${kind} text`}
            data-testid={`rubric-${kind}-text`}
            rows={2}
            value={it.text}
            maxLength={4000}
            onChange={(e) => set(i, { text: e.target.value })}
          />
          <input
            aria-label={`${kind} points`}
            data-testid={`rubric-${kind}-points`}
            type="number"
            min={kind === 'deduction' ? 1 : 0}
            max={maxPoints}
            value={it.points}
            onChange={(e) => set(i, { points: Math.trunc(Number(e.target.value) || 0) })}
          />
          <button
            type="button"
            className="icon-button"
            aria-label={`Remove ${kind} ${it.id}`}
            onClick={() => onChange(items.filter((_, j) => j !== i))}
          >
            <Trash2 size={14} aria-hidden />
          </button>
        </div>
      ))}
      <div>
        <button
          type="button"
          data-testid={`rubric-add-${kind}`}
          onClick={() =>
            onChange([...items, { id: nextId(), text: '', points: kind === 'deduction' ? 1 : 1 }])
          }
        >
          <Plus size={14} aria-hidden />
          Add {kind}
        </button>
      </div>
    </>
  );
}
