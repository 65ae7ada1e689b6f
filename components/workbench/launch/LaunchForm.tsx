'use client';

import { type ReactNode, useState } from 'react';
import styles from './launch.module.css';
import { NumberField } from './NumberField';

/**
 * The frame every multi-step launcher shares: its own fields, the token budget (none by
 * default) that stops the run once spent, anything that goes after it, and the start button.
 * Test ids are `${prefix}-form`, `${prefix}-budget` and `${prefix}-start`.
 */
export function LaunchForm(p: {
  prefix: string;
  startLabel: string;
  disabled: boolean;
  onStart: (budgetTokens: number | null) => void;
  children: ReactNode;
  /** Shown between the budget and the start button. */
  after?: ReactNode;
}) {
  const [budget, setBudget] = useState<number | null>(null);
  return (
    <form
      className={styles.form}
      data-testid={`${p.prefix}-form`}
      onSubmit={(e) => {
        e.preventDefault();
        p.onStart(budget);
      }}
    >
      {p.children}
      <NumberField
        label="Token budget"
        testId={`${p.prefix}-budget`}
        value={budget}
        min={1}
        max={1e12}
        placeholder="none"
        onChange={setBudget}
      />
      {p.after}
      <button
        type="submit"
        className="primary"
        data-testid={`${p.prefix}-start`}
        disabled={p.disabled}
      >
        {p.startLabel}
      </button>
    </form>
  );
}
