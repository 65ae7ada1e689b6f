'use client';

import Link from 'next/link';
import { GradePanel } from '@/components/grading/GradePanel';
import { MathInline } from '@/components/math/MathInline';
import { MathMarkdown } from '@/components/math/MathMarkdown';
import { ProofWithFindings } from '@/components/session-view/ProofWithFindings';
import { useSession } from '@/hooks/use-session';
import { toViewRound } from '@/lib/proof-view/from-detail';
import type { ReviewItem } from '@/lib/schemas';
import { DecisionList } from './DecisionList';
import styles from './review.module.css';

/** One imported session under review: its problem, proof and findings, decisions, grades. */
export function ReviewItemPanel(props: {
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
        <button
          type="button"
          data-testid="review-prev"
          onClick={props.onPrev}
          disabled={props.position <= 1}
        >
          ← Previous
        </button>
        <span data-testid="review-position">
          {props.position} / {props.count}
        </span>
        <button
          type="button"
          data-testid="review-next"
          onClick={props.onNext}
          disabled={props.position >= props.count}
        >
          Next →
        </button>
        <strong>
          <MathInline text={item.title} />
        </strong>
        <Link href={`/sessions/${item.sessionId}`} data-testid="review-open-workbench">
          Open in workbench (o)
        </Link>
        <span className={styles.keys}>j/k or ←/→ to move · u unresolved only</span>
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
            </h3>
            {round ? (
              <ProofWithFindings proof={round.proof} findings={toViewRound(round).findings} />
            ) : null}
          </section>
          {round?.findings.length ? (
            <section className={styles.card}>
              <h3>Decisions</h3>
              <DecisionList sessionId={item.sessionId} findings={round.findings} />
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
}
