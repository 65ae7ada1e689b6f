import type { RoundVerification } from '@/lib/schemas';

/**
 * Beside a round's verifier score: fewer than half of the verifier samples answered, so the
 * score is not a verdict (the autopilot stops there too).
 */
export function IncompleteMark({
  v,
  testId,
}: {
  v: RoundVerification | null | undefined;
  testId: string;
}) {
  if (!v?.incomplete) return null;
  return (
    <span
      className="tag-warn"
      data-testid={testId}
      title={`Only ${v.answered} of ${v.sampleCount} verifier samples answered: the score is not a verdict.`}
    >
      verification incomplete
    </span>
  );
}
