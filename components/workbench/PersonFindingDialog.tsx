'use client';

import { FindingDialog } from '@/components/findings/FindingDialog';
import { EMPTY_CONTENT } from '@/components/findings/FindingForm';
import type { useFindingDialog } from './use-finding-dialog';

/** The workbench's finding dialog: a new finding on the selection, or a person's one reworded. */
export function PersonFindingDialog({ dialog }: { dialog: ReturnType<typeof useFindingDialog> }) {
  const s = dialog.state;
  return (
    <FindingDialog
      open={!!s}
      onClose={dialog.close}
      title={s?.mode === 'edit' ? 'Edit your finding' : 'Add a finding'}
      where={dialog.where}
      quote={dialog.quote}
      initial={
        s?.mode === 'edit'
          ? {
              severity: s.finding.severity,
              category: s.finding.category,
              description: s.finding.description,
              suggestion: s.finding.suggestion,
            }
          : EMPTY_CONTENT
      }
      submitLabel={s?.mode === 'edit' ? 'Save changes' : 'Add finding'}
      busy={dialog.busy}
      serverError={dialog.error}
      onSubmit={(content) => void dialog.submit(content)}
    />
  );
}
