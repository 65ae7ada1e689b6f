import 'server-only';
import { getRoundRow, type RoundRow } from '@/lib/db';
import type { RunContext } from '../engine/run-context';
import { planRefine } from '../kinds/refine';

/**
 * One refinement inside a multi-step run, exactly as the Refine button does it (accepted
 * findings and overrides go to the generator, the new round inherits open findings), with
 * the draft streamed into this run's output.
 */
export async function refineStep(run: RunContext, parent: RoundRow): Promise<RoundRow | null> {
  const plan = await planRefine(run.session, parent, run.runId);
  const created = await getRoundRow(plan.roundId);
  run.active.emit({ type: 'replace', text: '', reasoning: '' });
  run.changed({
    phase: `refining R${parent.index} into R${created?.index ?? '?'}`,
    round: created?.index ?? null,
  });
  const out = await run.call({
    role: 'generator',
    messages: plan.messages,
    prompt: plan.prompt,
    purpose: 'refine',
    roundId: plan.roundId,
    onDelta: (d) => run.active.push(d),
  });
  await plan.finalize({
    status: out.status,
    text: out.text,
    reasoning: out.reasoning,
    finishReason: out.finishReason,
  });
  // The new round's carried-over findings (the page learns of the round itself by refetching).
  await run.findingsStored(plan.roundId);
  run.changed();
  return (await getRoundRow(plan.roundId)) ?? null;
}
