import { repairProof } from './proof-texts';

/**
 * The scripted answer to "Rewrite this part" (issue 17): the part the prompt names, with the
 * planted flaw and gap repaired (the same repairs whole-proof refinement makes), between the
 * replacement markers. A prompt without the part's section gets an answer with no markers.
 */
export function partReplacementAnswer(prompt: string): string {
  const part = /^## Part to rewrite: .*\n\n([\s\S]*?)\n\n## Findings on this part/m.exec(
    prompt,
  )?.[1];
  if (part === undefined) return 'I could not find the part to rewrite.';
  return [
    'The part is repaired below; the rest of the proof is unchanged.',
    '=== BEGIN REPLACEMENT ===',
    repairProof(part),
    '=== END REPLACEMENT ===',
  ].join('\n');
}
