import 'server-only';
import { AppError } from '@/lib/errors';
import type { ModelRole } from '@/lib/schemas/settings';
import { PROMPT_PURPOSES, type PromptPurpose, type PurposeValues } from './purposes';
import { describeProblemPublicly, loadPromptSet, type PromptSet, PromptSetError } from './set/load';
import { builtInSetDir, promptSetFor } from './set/select';
import { renderTemplate } from './template/render';
import type { ChatMessage } from './types';

/** What a run records about one prompt it sent: which set, which template, which parser. */
export type PromptUse = {
  set: string;
  purpose: PromptPurpose;
  templateHash: string;
  parser: PromptSet['parser'];
};

export type BuiltPrompt = { messages: ChatMessage[]; use: PromptUse };

/** The set in use for a purpose's role (the configured one unless a test passes its own). */
export function setFor(purpose: PromptPurpose, set?: PromptSet): PromptSet {
  if (set) return set;
  const role = PROMPT_PURPOSES[purpose].role as ModelRole;
  try {
    return promptSetFor(role);
  } catch (err) {
    // Edited into a broken state since start-up: the run is refused, saying where (file name
    // and line only; the set's location on the server stays there).
    if (!(err instanceof PromptSetError)) throw err;
    console.error(`[proofdesk] ${err.message}`);
    const why = err.problems.map(describeProblemPublicly).join('; ');
    throw new AppError('conflict', `The ${role}'s prompt set was refused: ${why}`);
  }
}

/** Proofdesk's own set (prompts/proofdesk), for the optional purposes another set lacks. */
function builtInSet(): PromptSet {
  return loadPromptSet(builtInSetDir(), []);
}

/** Renders a purpose's template of a set with its values (and the set's placeholder aliases). */
export function buildPrompt<P extends PromptPurpose>(
  purpose: P,
  values: PurposeValues<P>,
  set?: PromptSet,
): BuiltPrompt {
  let s = setFor(purpose, set);
  // An optional purpose the set leaves out is sent as Proofdesk's own set words it.
  if (!s.templates[purpose] && 'optional' in PROMPT_PURPOSES[purpose]) s = builtInSet();
  const template = s.templates[purpose];
  if (!template) throw new Error(`The prompt set "${s.name}" has no template for ${purpose}.`);
  const all: Record<string, string> = { ...values };
  for (const [alias, meant] of Object.entries(s.aliases)) {
    if (Object.hasOwn(values, meant)) all[alias] = (values as Record<string, string>)[meant];
  }
  return {
    messages: renderTemplate(template.parsed, all),
    use: { set: s.name, purpose, templateHash: template.hash, parser: s.parser },
  };
}
