'use client';

import { useState } from 'react';
import type { CreateRunRequest } from '@/lib/schemas';
import { LaunchForm } from './LaunchForm';
import { NumberField } from './NumberField';

const FIELDS = [
  ['pool', 'Pool size', 8, 1, 64],
  ['verificationsPerProof', 'Verifications / proof', 4, 1, 64],
  ['analysesPerRefinement', 'Analyses / refinement', 4, 1, 64],
  ['proofsPerRefinement', 'Proofs / refinement', 1, 1, 4],
  ['iterations', 'Iterations', 4, 0, 16],
  ['concurrency', 'Concurrency', 8, 1, 64],
] as const;

type Key = (typeof FIELDS)[number][0];

/** High-compute search parameters (defaults as in the issue; MathArena uses 16 × 16 × 4 × 4). */
export function SearchForm(props: {
  disabled: boolean;
  onStart: (input: CreateRunRequest) => void;
}) {
  const [values, setValues] = useState<Record<Key, number | null>>(
    Object.fromEntries(FIELDS.map(([key, , value]) => [key, value])) as Record<Key, number>,
  );
  const value = (key: Key) => values[key] ?? (FIELDS.find((f) => f[0] === key)?.[2] as number);
  return (
    <LaunchForm
      prefix="search"
      startLabel="Start search"
      disabled={props.disabled}
      onStart={(budgetTokens) =>
        props.onStart({
          kind: 'search',
          pool: value('pool'),
          verificationsPerProof: value('verificationsPerProof'),
          analysesPerRefinement: value('analysesPerRefinement'),
          proofsPerRefinement: value('proofsPerRefinement'),
          iterations: value('iterations'),
          concurrency: value('concurrency'),
          budgetTokens,
        })
      }
    >
      {FIELDS.map(([key, label, , min, max]) => (
        <NumberField
          key={key}
          label={label}
          testId={`search-${key}`}
          value={values[key]}
          min={min}
          max={max}
          onChange={(v) => setValues((s) => ({ ...s, [key]: v }))}
        />
      ))}
    </LaunchForm>
  );
}
