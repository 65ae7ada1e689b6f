'use client';

import { useEffect, useRef } from 'react';
import styles from './findings.module.css';

export type RefineChoice = 'accept-all' | 'leave-out' | 'review';

/**
 * Refine with findings still undecided: the person says what happens to them, instead of
 * Refine dropping them silently.
 */
export function RefineAsk({
  undecided,
  onChoose,
  onClose,
}: {
  undecided: number;
  onChoose: (choice: RefineChoice) => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const s = undecided === 1 ? '' : 's';
  return (
    <dialog ref={ref} data-testid="refine-ask" onClose={onClose}>
      <h3>
        {undecided} finding{s} not decided yet
      </h3>
      <p>
        Refine sends the accepted findings and your overrides to the model. What about the rest?
      </p>
      <div className={styles.refineActions}>
        <button
          type="button"
          data-testid="refine-accept-all"
          onClick={() => onChoose('accept-all')}
        >
          Include as accepted
        </button>
        <button type="button" data-testid="refine-leave-out" onClick={() => onChoose('leave-out')}>
          Leave them out
        </button>
        <button type="button" data-testid="refine-review" onClick={() => onChoose('review')}>
          Review now
        </button>
      </div>
    </dialog>
  );
}
