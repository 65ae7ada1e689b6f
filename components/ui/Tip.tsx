'use client';

import { Tooltip } from 'radix-ui';
import { SHORTCUTS, type ShortcutId } from '@/components/keys/shortcuts';
import { Kbd } from './Kbd';
import styles from './ui.module.css';

/**
 * A tooltip (Radix) on one control: its name and, when it has one, its keyboard key, both
 * taken from the shortcut list the `?` dialog shows. Hover or keyboard focus opens it.
 */
export function Tip({
  label,
  shortcut,
  side = 'top',
  children,
}: {
  /** What the control does; defaults to the shortcut's own label. */
  label?: React.ReactNode;
  shortcut?: ShortcutId;
  side?: 'top' | 'bottom' | 'left' | 'right';
  /** One focusable element (the trigger: it receives the tooltip's props). */
  children: React.ReactElement;
}) {
  const text = label ?? (shortcut ? SHORTCUTS[shortcut].label : null);
  const keys = shortcut ? SHORTCUTS[shortcut].keys.join(' or ') : null;
  return (
    <Tooltip.Root>
      <Tooltip.Trigger asChild>{children}</Tooltip.Trigger>
      <Tooltip.Portal>
        <Tooltip.Content
          className={styles.tooltip}
          side={side}
          sideOffset={6}
          collisionPadding={8}
          data-testid="tooltip"
          // What a screen reader announces (the keycaps are drawn for the eye only).
          aria-label={typeof text === 'string' && keys ? `${text} (key ${keys})` : undefined}
        >
          <span>{text}</span>
          {shortcut ? <Kbd id={shortcut} /> : null}
          <Tooltip.Arrow className={styles.tooltipArrow} />
        </Tooltip.Content>
      </Tooltip.Portal>
    </Tooltip.Root>
  );
}

/** Tooltips open after a short pause, then at once while the pointer moves between controls. */
export function TipProvider({ children }: { children: React.ReactNode }) {
  return (
    <Tooltip.Provider delayDuration={350} skipDelayDuration={400}>
      {children}
    </Tooltip.Provider>
  );
}
