import type { ModelRole } from '@/lib/model/types';
import type { PromptUse } from '@/lib/prompts/build';
import type { ChatMessage } from '@/lib/prompts/types';
import type { StoredDraft } from '@/lib/schemas';

export type RunOutcome = {
  status: 'succeeded' | 'failed' | 'stopped' | 'interrupted';
  text: string;
  reasoning: string;
  finishReason: string | null;
};

/** What one kind of run asks of the model, and what it does with the answer. */
export type RunPlan = {
  role: ModelRole;
  messages: ChatMessage[];
  /** The prompt set and template they came from. */
  prompt: PromptUse;
  /** Where the output lands (a new round for drafts, the verified round for reports). */
  roundId: string;
  /**
   * Turns the model's output (complete or partial) into rounds and findings. A draft's plan
   * returns the proof it stored (none when the round received nothing and was removed).
   */
  finalize(outcome: RunOutcome): Promise<StoredDraft | null>;
};
