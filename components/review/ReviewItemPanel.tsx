'use client';

import { ChevronLeft, ChevronRight, SquareArrowOutUpRight } from 'lucide-react';
import Link from 'next/link';
import { memo } from 'react';
import { GradePanel } from '@/components/grading/GradePanel';
import { MathInline } from '@/components/math/MathInline';
import { MathMarkdown } from '@/components/math/MathMarkdown';
import { ProofWithFindings } from '@/components/read-only/ProofWithFindings';
import { Kbd } from '@/components/ui/Kbd';
import { Tip } from '@/components/ui/Tip';
import { useSession } from '@/hooks/use-session';
import { toViewRound } from '@/lib/proof-view/from-detail';
import type { ReviewItem } from '@/lib/schemas';
import { scoreEvidence } from '@/lib/verification/score-evidence';
import { DecisionList } from './DecisionList';
import { ReviewAddFinding } from './ReviewAddFinding';
import styles from './review.module.css';

/**
 * One imported session under review: its problem, proof and findings, decisions, grades.
 * Memoised: a walk through the queue re-renders it only when its item or position changes.
 */
export const ReviewItemPanel = memo(function ReviewItemPanel(props: {
  item: ReviewItem;
  position: number;
  count: number;
  onNext: () => void;
  onPrev: () => void;
}) {
  const { item } = props;
  const { data: session, error } = useSession(item.sessionId);
  const round = session?.rounds.at(-1);
  return (
    <article data-testid="review-current" data-session-id={item.sessionId} className={styles.main}>
      <div className={`${styles.card} ${styles.toolbar}`}>
        <Tip shortcut="reviewPrev" label="Previous session">
          <button
            type="button"
            data-testid="review-prev"
            onClick={props.onPrev}
            disabled={props.position <= 1}
          >
            <ChevronLeft size={15} aria-hidden />
            Previous
          </button>
        </Tip>
        <span data-testid="review-position" className={styles.position}>
          {props.position} / {props.count}
        </span>
        <Tip shortcut="reviewNext" label="Next session">
          <button
            type="button"
            data-testid="review-next"
            onClick={props.onNext}
            disabled={props.position >= props.count}
          >
            Next
            <ChevronRight size={15} aria-hidden />
          </button>
        </Tip>
        <strong className={styles.title}>
          <MathInline text={item.title} />
        </strong>
        <Tip shortcut="reviewOpen" label="Open the session in the workbench">
          <Link
            href={`/sessions/${item.sessionId}`}
            data-testid="review-open-workbench"
            className="icon-link"
          >
            <SquareArrowOutUpRight size={14} aria-hidden />
            Open in workbench
            <Kbd id="reviewOpen" />
          </Link>
        </Tip>
      </div>
      {error ? (
        <p className="error" role="alert">
          {error.message}
        </p>
      ) : null}
      {session ? (
        <>
          <details className={styles.card} open>
            <summary>Problem</summary>
            <MathMarkdown text={session.problem} />
          </details>
          <section className={styles.card}>
            <h3>
              Proof · round {round?.index ?? '—'} · verifier score {round?.score ?? '—'}
              {round && round.score !== null ? (
                <span className="muted" data-testid="review-score-evidence">
                  {' '}
                  ({scoreEvidence(round.score, round.verification).text})
                </span>
              ) : null}
            </h3>
            {round ? (
              <ProofWithFindings proof={round.proof} findings={toViewRound(round).findings} />
            ) : null}
          </section>
          {round ? (
            <section className={styles.card}>
              <div className={styles.sectionHead}>
                <h3>Decisions</h3>
                <ReviewAddFinding sessionId={item.sessionId} round={round} />
              </div>
              {round.findings.length ? (
                <DecisionList sessionId={item.sessionId} findings={round.findings} />
              ) : (
                <p className="muted">No findings on this proof yet.</p>
              )}
            </section>
          ) : null}
          <section className={styles.card}>
            <GradePanel sessionId={item.sessionId} hasProof={!!round?.proof.trim()} />
          </section>
        </>
      ) : (
        <p className="muted">Loading session…</p>
      )}
    </article>
  );
});
