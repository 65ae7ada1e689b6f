import { Tip } from '@/components/ui/Tip';
import styles from './ScoreBadge.module.css';

/** What a verifier score means, in the paper's rubric. */
export function scoreMeaning(score: number | null): string {
  return score === null
    ? 'Not verified yet'
    : score >= 1
      ? 'Completely correct and rigorous'
      : score > 0
        ? 'Generally correct, with minor errors or omissions'
        : 'Fatal errors or severe omissions';
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
