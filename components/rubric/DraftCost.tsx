import { fmtCost, fmtDuration, fmtTokens } from '@/components/workbench/format';
import type { UsageLine } from '@/lib/schemas';

/** What the grader model's rubric draft cost, shown while the person edits the draft. */
export function DraftCost({ usage }: { usage: UsageLine }) {
  const answer = usage.answerTokens + usage.reasoningTokens;
  return (
    <p className="muted" data-testid="rubric-draft-cost">
      Drafted by the grader model: {fmtTokens(usage.promptTokens)} prompt and {fmtTokens(answer)}{' '}
      answer tokens in {usage.timeMs < 1000 ? 'under a second' : fmtDuration(usage.timeMs)}
      {usage.cost !== null ? `, cost ${fmtCost(usage.cost)}` : ''}. Edit it, then save.
    </p>
  );
}
