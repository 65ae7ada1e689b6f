'use client';

import { Dialog } from 'radix-ui';
import { MathInline } from '@/components/math/MathInline';
import { truncateTex } from '@/lib/math/truncate-tex';
import type { FindingContent } from '@/lib/schemas';
import { FindingForm } from './FindingForm';
import styles from './person-findings.module.css';

/**
 * The dialog a person writes a finding in (or rewords their own): where it sits and the
 * text it quotes on top, then the form. Esc or Cancel closes it without saving.
 */
export function FindingDialog(p: {
  open: boolean;
  onClose: () => void;
  title: string;
  /** "L2–3": where the finding will sit. */
  where?: string;
  quote?: string;
  initial: FindingContent;
  submitLabel: string;
  busy: boolean;
  serverError: string | null;
  onSubmit: (content: FindingContent) => void;
  /** Extra fields above the content (line numbers where there is no editor). */
  children?: React.ReactNode;
}) {
  return (
    <Dialog.Root open={p.open} onOpenChange={(open) => (open ? null : p.onClose())}>
      <Dialog.Portal>
        <Dialog.Overlay className={styles.overlay} />
        <Dialog.Content
          className={styles.dialog}
          data-testid="finding-dialog"
          aria-describedby={undefined}
          // Keys typed here are the form's, never the page's shortcuts or Monaco's commands.
          onKeyDown={(e) => e.stopPropagation()}
        >
          <Dialog.Title className={styles.dialogTitle}>
            {p.title}
            {p.where ? <span className={styles.where}>{p.where}</span> : null}
          </Dialog.Title>
          {p.quote ? (
            <blockquote className={styles.quote} data-testid="finding-dialog-quote">
              <MathInline text={truncateTex(p.quote, 400)} />
            </blockquote>
          ) : null}
          {p.open ? (
            <FindingForm
              initial={p.initial}
              submitLabel={p.submitLabel}
              busy={p.busy}
              serverError={p.serverError}
              onSubmit={p.onSubmit}
              onCancel={p.onClose}
            >
              {p.children}
            </FindingForm>
          ) : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
