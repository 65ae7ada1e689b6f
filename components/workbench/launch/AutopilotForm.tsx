'use client';

import { useState } from 'react';
import { Select } from '@/components/ui/Select';
import type { CreateRunRequest, PassRule } from '@/lib/schemas';
import { LaunchForm } from './LaunchForm';
import styles from './launch.module.css';
import { NumberField } from './NumberField';

/** Autopilot's settings: when to stop (pass rule, rounds, tokens) and whether to pause. */
export function AutopilotForm(props: {
  samples: number;
  disabled: boolean;
  onStart: (input: CreateRunRequest) => void;
}) {
  const [maxRounds, setMaxRounds] = useState<number | null>(5);
  const [rule, setRule] = useState<PassRule['type']>('all-samples');
  const [k, setK] = useState<number | null>(5);
  const [pause, setPause] = useState(false);
  const [byParts, setByParts] = useState(false);
  const passRule: PassRule =
    rule === 'consecutive' ? { type: 'consecutive', k: k ?? 5 } : { type: rule };
  return (
    <LaunchForm
      prefix="autopilot"
      startLabel="Start autopilot"
      disabled={props.disabled}
      onStart={(budgetTokens) =>
        props.onStart({
          kind: 'autopilot',
          samples: props.samples,
          maxRounds: maxRounds ?? 5,
          passRule,
          budgetTokens,
          pauseEachRound: pause && !byParts,
          ...(byParts ? { byParts } : {}),
        })
      }
      after={
        <>
          <label
            className="check"
            title="Verify the lemmas and claims one at a time, each after the parts it cites; rewrite each that fails on its own; then verify the whole proof once"
          >
            <input
              type="checkbox"
              data-testid="autopilot-by-parts"
              checked={byParts}
              onChange={(e) => setByParts(e.target.checked)}
            />
            Part by part: verify each lemma alone, rewrite the failing ones, then the whole once
          </label>
          <label className="check">
            <input
              type="checkbox"
              data-testid="autopilot-pause"
              checked={pause && !byParts}
              disabled={byParts}
              onChange={(e) => setPause(e.target.checked)}
            />
            Pause after each round for my decisions
          </label>
        </>
      }
    >
      <NumberField
        label="Max rounds"
        testId="autopilot-max-rounds"
        value={maxRounds}
        min={1}
        max={50}
        onChange={setMaxRounds}
      />
      <div className={styles.numField}>
        <span>Pass when</span>
        <Select
          label="Pass when"
          hideLabel
          testId="autopilot-pass-rule"
          value={rule}
          options={[
            { value: 'all-samples', label: `all ${props.samples} samples score 1` },
            { value: 'consecutive', label: 'k consecutive passes' },
            { value: 'verdict', label: 'meta-verified verdict is 1' },
          ]}
          onChange={setRule}
        />
      </div>
      {rule === 'consecutive' ? (
        <NumberField label="k" testId="autopilot-k" value={k} min={1} max={64} onChange={setK} />
      ) : null}
    </LaunchForm>
  );
}
