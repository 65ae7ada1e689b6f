'use client';

import { Check, ChevronDown } from 'lucide-react';
import { Select as RadixSelect } from 'radix-ui';
import styles from './ui.module.css';

export type Option<T extends string> = { value: T; label: string };

/** Radix reserves the empty value for "nothing chosen": an "any" option ('') goes by this. */
const EMPTY = '__empty__';
const toRadix = (v: string) => (v === '' ? EMPTY : v);
const fromRadix = (v: string) => (v === EMPTY ? '' : v);

/**
 * A styled, accessible select (Radix): a labelled trigger and a keyboard-driven list. Each
 * option carries `data-testid="<testId>-<value>"` (`-` alone for the empty value).
 */
export function Select<T extends string>({
  label,
  value,
  options,
  onChange,
  testId,
  hideLabel = false,
  className,
}: {
  label: string;
  value: T;
  options: Option<T>[];
  onChange: (v: T) => void;
  testId?: string;
  /** The label is still the trigger's accessible name, just not drawn (a filter's options say it). */
  hideLabel?: boolean;
  className?: string;
}) {
  return (
    <RadixSelect.Root value={toRadix(value)} onValueChange={(v) => onChange(fromRadix(v) as T)}>
      <RadixSelect.Trigger
        className={`${styles.selectTrigger} ${className ?? ''}`}
        aria-label={label}
        data-testid={testId}
        data-value={value}
      >
        {hideLabel ? null : <span className={styles.selectLabel}>{label}</span>}
        <span className={styles.selectValue}>
          {/* Spelled out, not read from the mounted items: the server's HTML shows it too. */}
          <RadixSelect.Value>{options.find((o) => o.value === value)?.label}</RadixSelect.Value>
        </span>
        <RadixSelect.Icon className={styles.selectIcon}>
          <ChevronDown size={14} />
        </RadixSelect.Icon>
      </RadixSelect.Trigger>
      <RadixSelect.Portal>
        <RadixSelect.Content className={styles.popover} position="popper" sideOffset={4}>
          <RadixSelect.Viewport className={styles.selectViewport}>
            {options.map((o) => (
              <RadixSelect.Item
                key={o.value}
                value={toRadix(o.value)}
                className={styles.item}
                data-testid={testId ? `${testId}-${o.value || '-'}` : undefined}
              >
                <RadixSelect.ItemText>{o.label}</RadixSelect.ItemText>
                <RadixSelect.ItemIndicator className={styles.indicator}>
                  <Check size={14} />
                </RadixSelect.ItemIndicator>
              </RadixSelect.Item>
            ))}
          </RadixSelect.Viewport>
        </RadixSelect.Content>
      </RadixSelect.Portal>
    </RadixSelect.Root>
  );
}
