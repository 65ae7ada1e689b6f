'use client';

import { SlidersHorizontal } from 'lucide-react';
import { Popover } from 'radix-ui';
import { Tip } from '@/components/ui/Tip';
import uiStyles from '@/components/ui/ui.module.css';
import type { VerificationSettings, VerificationSettingsPatch } from '@/lib/schemas';
import styles from './launch.module.css';
import { NumberField } from './NumberField';

/**
 * How Verify runs (samples, automatic meta-verification, the k of the paper's rule), behind
 * one icon in the run bar: set once per session, read on the Verify button ("Verify ×8").
 */
export function VerifySettings({
  settings,
  save,
}: {
  settings: VerificationSettings;
  save: (patch: VerificationSettingsPatch) => void;
}) {
  return (
    <Popover.Root>
      <Tip label="Verification settings: samples, meta-verification, k">
        <Popover.Trigger asChild>
          <button
            type="button"
            className={styles.settingsButton}
            data-testid="verify-settings"
            aria-label="Verification settings"
          >
            <SlidersHorizontal size={15} aria-hidden />
          </button>
        </Popover.Trigger>
      </Tip>
      <Popover.Portal>
        <Popover.Content
          className={`${uiStyles.popover} ${styles.form} ${styles.verifySettings}`}
          side="top"
          align="start"
          sideOffset={6}
          collisionPadding={8}
          data-testid="verify-settings-panel"
        >
          <h3 className={styles.popoverTitle}>Verification</h3>
          <NumberField
            label="Samples per Verify"
            testId="verify-samples"
            value={settings.samples}
            min={1}
            max={64}
            onChange={(samples) => samples && save({ samples })}
          />
          <label className="check">
            <input
              type="checkbox"
              data-testid="meta-auto"
              checked={settings.metaAuto}
              onChange={(e) => save({ metaAuto: e.target.checked })}
            />
            Meta-verify right after Verify
          </label>
          <p className={`muted ${styles.fieldHelp}`}>
            Every analysis that reports issues is checked by a meta-verifier.
          </p>
          <NumberField
            label="k (confirmed analyses)"
            testId="verdict-k"
            value={settings.minConfirmed}
            min={1}
            max={64}
            onChange={(minConfirmed) => minConfirmed && save({ minConfirmed })}
          />
          <p className={`muted ${styles.fieldHelp}`}>
            The verdict takes the lowest score once k analyses with issues are confirmed.
          </p>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
