'use client';

import { Dialog, VisuallyHidden } from 'radix-ui';
import { useState } from 'react';
import { Kbd } from '@/components/ui/Kbd';
import { Tip } from '@/components/ui/Tip';
import { SHORTCUT_GROUPS, SHORTCUTS } from './shortcuts';
import styles from './shortcuts.module.css';
import { useShortcuts } from './use-shortcut';

/** `?` anywhere (outside a text field) lists every shortcut. */
export function ShortcutsDialog() {
  const [open, setOpen] = useState(false);
  useShortcuts({ help: () => setOpen(true) });
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Tip shortcut="help" label="Keyboard shortcuts" side="bottom">
        <Dialog.Trigger asChild>
          <button type="button" className={styles.trigger}>
            <Kbd id="help" />
            <VisuallyHidden.Root>Keyboard shortcuts</VisuallyHidden.Root>
          </button>
        </Dialog.Trigger>
      </Tip>
      <Dialog.Portal>
        <Dialog.Overlay className={styles.overlay} />
        <Dialog.Content className={styles.content} data-testid="shortcuts-dialog">
          <Dialog.Title className={styles.title}>Keyboard shortcuts</Dialog.Title>
          <Dialog.Description className="muted">
            Keys work anywhere outside a text field.
          </Dialog.Description>
          <div className={styles.groups}>
            {SHORTCUT_GROUPS.map((g) => (
              <section key={g.title}>
                <h3>{g.title}</h3>
                <dl>
                  {g.ids.map((id) => (
                    <div key={id} className={styles.row}>
                      <dt>
                        <Kbd id={id} />
                      </dt>
                      <dd>{SHORTCUTS[id].label}</dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </div>
          <Dialog.Close asChild>
            <button type="button" className={styles.close}>
              Close
            </button>
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
