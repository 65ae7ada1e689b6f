import { Tip } from '@/components/ui/Tip';
import styles from './ScoreBadge.module.css';

/**
 * What a verifier score says, in the paper's rubric — but a 1 only says the verifier found no
 * issue, not that the proof is correct (people grade some of those proofs 2/7 or less).
 */
export function scoreMeaning(score: number | null): string {
  return score === null
    ? 'Not verified yet'
    : score >= 1
      ? 'No issues found by the verifier (not a proof of correctness)'
      : score > 0
        ? 'Minor errors or omissions found'
        : 'Fatal errors or severe omissions found';
}

/**
 * A verifier (or self) score on the 0 / 0.5 / 1 scale, coloured by what it means; hovering it
 * says the meaning (unless it sits in a control with a tooltip of its own: `explain={false}`).
 */
export function ScoreBadge({
  score,
  label,
  testId,
  explain = true,
}: {
  score: number | null;
  label?: string;
  testId?: string;
  explain?: boolean;
}) {
  const meaning =
    score === null ? '' : score >= 1 ? styles.pass : score > 0 ? styles.partial : styles.fail;
  const badge = (
    <span className={`${styles.badge} ${meaning}`} data-testid={testId} data-score={score ?? ''}>
      {label ? `${label} ` : ''}
      {score === null ? '—' : score}
    </span>
  );
  return explain ? <Tip label={scoreMeaning(score)}>{badge}</Tip> : badge;
}
