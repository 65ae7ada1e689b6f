import 'server-only';
import { createRound } from '@/lib/db';
import { generationMessages } from '@/lib/prompts/generate';
import type { RunPlan } from '../plan';
import { storeDraft } from './store-draft';

export async function planGenerate(
  session: { id: string; problem: string },
  runId: string,
): Promise<RunPlan> {
  const round = await createRound({
    sessionId: session.id,
    origin: 'generate',
    sourceRunId: runId,
  });
  return {
    role: 'generator',
    messages: generationMessages(session.problem),
    roundId: round.id,
    finalize: (outcome) => storeDraft(round.id, outcome),
  };
}
