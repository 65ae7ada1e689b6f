import 'server-only';
import type { RoundRow } from '@/lib/db';
import type { AutopilotInput, VerificationSettings } from '@/lib/schemas';
import { buildOutline } from '@/lib/structure/outline';
import { partsBottomUp } from '@/lib/structure/part-order';
import { ended, type JobOutcome } from '../engine/execute-job';
import type { RunContext } from '../engine/run-context';
import { judgeRound } from '../steps/judge-round';
import { knownPartScore } from '../steps/known-part-score';
import { describeRule } from '../steps/pass-rule';
import { rewritePartStep } from '../steps/rewrite-part-step';
import { partOfProof, verifyPartStep } from '../steps/verify-part-step';

/**
 * Autopilot, part by part (issue 17): the proof's outermost lemmas and claims are verified
 * one at a time, bottom-up (each after the parts it cites); each that fails (score below 1)
 * is rewritten alone, the new round being the old proof with it spliced in; then the whole
 * proof is verified once and judged by the pass rule. `maxRounds` caps the rewrites, the
 * token budget is checked before each request. Resumable like the whole-proof autopilot: a
 * new run starts from the latest round and skips every part whose identical text was
 * verified already, and the whole verification when the round has one.
 */
export async function autopilotByParts(
  run: RunContext,
  input: AutopilotInput,
  settings: VerificationSettings,
  first: RoundRow,
): Promise<JobOutcome> {
  const budget = input.budgetTokens ?? null;
  const order = partsBottomUp(buildOutline(first.proof));
  let round = first;
  let rewrites = 0;
  const unspliced: string[] = [];
  const overBudget = () => budget !== null && run.tokensUsed() >= budget;
  const budgetEnd = () =>
    ended(
      'budget',
      `Stopped: token budget spent (${run.tokensUsed().toLocaleString('en')} tokens) before passing.`,
    );
  for (const [i, nodeId] of order.entries()) {
    // A rewrite may have renamed a later part away: what is not there is left to the whole check.
    const found = partOfProof(round.proof, nodeId);
    if (!found) continue;
    const name = found.part.label;
    let score = await knownPartScore(round, nodeId);
    if (score === undefined) {
      if (overBudget()) return budgetEnd();
      run.active.emit({ type: 'replace', text: '', reasoning: '' });
      run.changed({
        phase: `verifying ${name} of R${round.index} (part ${i + 1} of ${order.length})`,
        round: round.index,
      });
      const verified = await verifyPartStep(run, round, found);
      if (!verified) return ended('stopped', `Stopped while verifying ${name} of R${round.index}.`);
      score = verified.score;
    }
    if (score === 1 || rewrites >= input.maxRounds) continue;
    if (overBudget()) return budgetEnd();
    const node = found.outline.nodes.find((n) => n.id === nodeId);
    if (!node) continue;
    run.active.emit({ type: 'replace', text: '', reasoning: '' });
    run.changed({ phase: `rewriting ${name} of R${round.index}`, round: round.index });
    const rewritten = await rewritePartStep(run, round, node);
    if (!rewritten) return ended('stopped', `Stopped while rewriting ${name}.`);
    if (!rewritten.ok) {
      unspliced.push(`${name} (${rewritten.reason})`);
      continue;
    }
    rewrites++;
    round = rewritten.round;
    run.update({ roundsDone: rewrites, round: round.index });
  }
  if (run.signal.aborted) return ended('stopped', 'Stopped before the whole proof was verified.');
  if (overBudget()) return budgetEnd();
  run.active.emit({ type: 'replace', text: '', reasoning: '' });
  run.changed({ phase: `verifying the whole of R${round.index}`, round: round.index });
  const parts = `${order.length} part${order.length === 1 ? '' : 's'}, ${rewrites} rewritten${
    unspliced.length ? `; not spliced: ${unspliced.join(', ')}` : ''
  }`;
  const judged = await judgeRound(run, round, input, settings);
  if (judged.outcome) {
    const { end, text } = judged.outcome;
    return ended(end, `Part by part (${parts}): ${text}`);
  }
  return ended(
    'exhausted',
    `Part by part (${parts}): the whole of R${round.index} did not pass (${describeRule(input.passRule)}).`,
  );
}
