'use client';

import styles from './launch.module.css';
/** A small labelled number input that reports whole numbers within bounds. */
export function NumberField(props: {
  label: string;
  value: number | null;
  min: number;
  max: number;
  testId: string;
  placeholder?: string;
  onChange: (value: number | null) => void;
}) {
  return (
    <label className={styles.numField}>
      <span>{props.label}</span>
      <input
        type="number"
        data-testid={props.testId}
        min={props.min}
        max={props.max}
        value={props.value ?? ''}
        placeholder={props.placeholder}
        onChange={(e) => {
          const raw = e.target.value;
          if (raw === '') return props.onChange(null);
          const n = Math.round(Number(raw));
          if (Number.isFinite(n)) props.onChange(Math.min(props.max, Math.max(props.min, n)));
        }}
      />
    </label>
  );
}
