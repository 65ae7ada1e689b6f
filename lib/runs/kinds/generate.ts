import 'server-only';
import { roundForRun } from '@/lib/db';
import { generationPrompt } from '@/lib/prompts/generate';
import type { RunPlan } from '../plan';
import { storeDraft } from './store-draft';

export async function planGenerate(
  session: { id: string; problem: string },
  runId: string,
): Promise<RunPlan> {
  const prompt = generationPrompt(session.problem);
  const round = await roundForRun({
    sessionId: session.id,
    origin: 'generate',
    sourceRunId: runId,
  });
  return {
    role: 'generator',
    messages: prompt.messages,
    prompt: prompt.use,
    roundId: round.id,
    finalize: (outcome) => storeDraft(round.id, outcome),
  };
}
