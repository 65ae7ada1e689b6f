/** A verifier (or self) score on the 0 / 0.5 / 1 scale, coloured by what it means. */
export function ScoreBadge({
  score,
  label,
  testId,
}: {
  score: number | null;
  label?: string;
  testId?: string;
}) {
  const tone = score === null ? 'none' : score >= 1 ? 'pass' : score > 0 ? 'partial' : 'fail';
  const title =
    score === null
      ? 'Not verified yet'
      : score >= 1
        ? 'Completely correct and rigorous'
        : score > 0
          ? 'Generally correct, with minor errors or omissions'
          : 'Fatal errors or severe omissions';
  return (
    <span
      className={`score-badge score-${tone}`}
      data-testid={testId}
      data-score={score ?? ''}
      title={title}
    >
      {label ? `${label} ` : ''}
      {score === null ? '—' : score}
    </span>
  );
}
