'use client';

import { MessageSquarePlus } from 'lucide-react';
import { useState } from 'react';
import { FindingDialog } from '@/components/findings/FindingDialog';
import { EMPTY_CONTENT } from '@/components/findings/FindingForm';
import { usePersonFindings } from '@/hooks/use-person-findings';
import type { Round } from '@/lib/schemas';
import styles from './review.module.css';

/**
 * "Add finding" in the review queue: no editor here, so the person names the lines (the
 * proof beside it shows their numbers); the quote is taken from the proof as in the editor.
 */
export function ReviewAddFinding({ sessionId, round }: { sessionId: string; round: Round }) {
  const person = usePersonFindings(sessionId);
  const [open, setOpen] = useState(false);
  const [lines, setLines] = useState({ start: 1, end: 1 });
  const proofLines = round.proof.split('\n');
  const quote = proofLines
    .slice(lines.start - 1, lines.end)
    .join('\n')
    .trim();
  const where = lines.start === lines.end ? `L${lines.start}` : `L${lines.start}–${lines.end}`;
  const num = (v: string) => Math.max(1, Math.floor(Number(v) || 1));
  return (
    <>
      <button
        type="button"
        data-testid="review-add-finding"
        disabled={!round.proof.trim()}
        onClick={() => {
          person.add.reset();
          setOpen(true);
        }}
      >
        <MessageSquarePlus size={14} aria-hidden />
        Add finding
      </button>
      <FindingDialog
        open={open}
        onClose={() => setOpen(false)}
        title="Add a finding"
        where={where}
        quote={quote}
        initial={EMPTY_CONTENT}
        submitLabel="Add finding"
        busy={person.add.isPending}
        serverError={(person.add.error as Error | null)?.message ?? null}
        onSubmit={(content) =>
          person.add.mutate(
            {
              roundId: round.id,
              input: { startLine: lines.start, endLine: lines.end, ...content },
            },
            { onSuccess: () => setOpen(false) },
          )
        }
      >
        <div className={styles.lineFields}>
          <label>
            From line
            <input
              type="number"
              min={1}
              max={proofLines.length}
              data-testid="review-finding-start"
              value={lines.start}
              onChange={(e) => {
                const start = num(e.target.value);
                setLines((l) => ({ start, end: Math.max(start, l.end) }));
              }}
            />
          </label>
          <label>
            to line
            <input
              type="number"
              min={1}
              max={proofLines.length}
              data-testid="review-finding-end"
              value={lines.end}
              onChange={(e) => setLines((l) => ({ ...l, end: num(e.target.value) }))}
            />
          </label>
          <span className="muted">of {proofLines.length}</span>
        </div>
      </FindingDialog>
    </>
  );
}
