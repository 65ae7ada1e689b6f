import 'server-only';
import { type BuiltPrompt, buildPrompt } from './build';
import type { PromptSet } from './set/load';
import type { ChatMessage } from './types';

/** A finding the person kept for the next round, with their decision. */
export type RefineFeedback = {
  severity: string;
  quote: string;
  lines: string | null;
  description: string;
  suggestion: string;
  /** `pending`: an open finding, sent only when one part is rewritten (issue 17). */
  decision: 'accepted' | 'overridden' | 'pending';
  note: string;
  /** Who raised it: a person's own finding is said to be the reviewer's. */
  source?: 'verifier' | 'person' | 'checker';
  category?: string | null;
  /** The thread under the finding, oldest first. */
  replies?: string[];
};

/** The thread under a finding, without the reply that became an override's note. */
function discussion(item: RefineFeedback): string {
  const replies = (item.replies ?? []).filter(
    (r) => item.decision !== 'overridden' || r.trim() !== item.note.trim(),
  );
  if (!replies.length) return '';
  return `\nDiscussion:\n${replies.map((r) => `- ${r}`).join('\n')}`;
}

export function formatFeedback(item: RefineFeedback, i: number): string {
  const head = `### Evaluation ${i + 1} of Solution 1`;
  const where = [
    item.lines ? `Lines: ${item.lines}` : null,
    item.quote ? `Quote: "${item.quote}"` : null,
  ]
    .filter(Boolean)
    .join('\n');
  if (item.decision === 'overridden') {
    return `${head}\nA reviewer raised a ${item.severity} issue:\n${where}\nIssue: ${item.description}${discussion(item)}\n\nThe human reviewer OVERRODE this finding with their own instruction, which takes precedence:\n${item.note}`;
  }
  const fix = item.suggestion ? `\nSuggested fix: ${item.suggestion}` : '';
  const note = item.note ? `\nReviewer's note: ${item.note}` : '';
  const category = item.category ? ` (${item.category})` : '';
  const who =
    item.source === 'person'
      ? ', raised by the human reviewer'
      : item.source === 'checker'
        ? ', computed by the deterministic checker'
        : '';
  const state = item.decision === 'pending' ? 'Open (not yet decided)' : 'Confirmed';
  return `${head}\n${state} ${item.severity} issue${category}${who}:\n${where}\nIssue: ${item.description}${fix}${note}${discussion(item)}`;
}

/**
 * Refinement: the set's `refine` template with the problem, the proof, and `{evaluations}`:
 * what the person accepted or overrode, in DeepSeekMath-V2's "Evaluation i of Solution 1"
 * shape (empty when nothing was kept). Dismissed findings never reach the model.
 */
export function refinementPrompt(
  problem: string,
  proof: string,
  feedback: RefineFeedback[],
  set?: PromptSet,
): BuiltPrompt {
  const evaluations = feedback.map(formatFeedback).join('\n\n');
  return buildPrompt('refine', { problem, proof, evaluations }, set);
}

export function refinementMessages(
  problem: string,
  proof: string,
  feedback: RefineFeedback[],
  set?: PromptSet,
): ChatMessage[] {
  return refinementPrompt(problem, proof, feedback, set).messages;
}
