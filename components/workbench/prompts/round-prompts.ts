import type { Round, RunPrompt, RunSummary } from '@/lib/schemas';
import { roundRunIds } from '../round-runs';

/** One prompt behind what a round shows: its draft's, or its verification report's. */
export type PromptEntry = { step: 'draft' | 'report'; runId: string; prompt: RunPrompt };

/** The prompts of the runs that wrote a round's draft and its report (`runs` newest first). */
export function roundPrompts(round: Round | null, runs: readonly RunSummary[]): PromptEntry[] {
  const ids = roundRunIds(round, runs);
  const entries: PromptEntry[] = [];
  for (const step of ['draft', 'report'] as const) {
    const run = runs.find((r) => r.id === ids[step]);
    // A multi-step run also verifies and refines; the step's own purpose comes first.
    for (const prompt of run?.prompts ?? []) entries.push({ step, runId: run?.id ?? '', prompt });
  }
  return entries;
}

/** The prompt that made a round's draft (generate, refine, or a search step). */
export function draftPrompt(round: Round, runs: readonly RunSummary[]): RunPrompt | null {
  const run = runs.find((r) => r.id === round.sourceRunId);
  const prompts = run?.prompts ?? [];
  return (
    prompts.find((p) => ['generate', 'refine', 'refine-search'].includes(p.purpose)) ??
    prompts[0] ??
    null
  );
}
