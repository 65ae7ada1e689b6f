'use client';

import { Popover } from 'radix-ui';
import { Tip } from '@/components/ui/Tip';
import uiStyles from '@/components/ui/ui.module.css';
import styles from './launch.module.css';

/** A run-bar button ("Autopilot…", "Search…") that opens its settings form above the bar. */
export function LaunchPopover(p: {
  testId: string;
  icon: React.ReactNode;
  label: string;
  tip: string;
  disabled: boolean;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  children: React.ReactNode;
}) {
  return (
    <Popover.Root open={p.open} onOpenChange={p.onOpenChange}>
      <Tip label={p.tip}>
        <Popover.Trigger asChild>
          <button type="button" data-testid={p.testId} disabled={p.disabled}>
            {p.icon}
            {p.label}
          </button>
        </Popover.Trigger>
      </Tip>
      <Popover.Portal>
        <Popover.Content
          className={`${uiStyles.popover} ${styles.popover}`}
          side="top"
          align="start"
          sideOffset={6}
          collisionPadding={8}
        >
          {p.children}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
