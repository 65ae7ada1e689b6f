import { describe, expect, it } from 'vitest';
import { classifyRequest } from './classify';
import { partReplacementAnswer } from './part-answer';
import { MOCK_FIXED_LINE, MOCK_FLAWED_LINE } from './proof-texts';

const prompt = (part: string) =>
  `Answer between\n=== BEGIN REPLACEMENT ===\n…\n\n## Part to rewrite: Lemma 2 (lines L9-L13)\n\n${part}\n\n## Findings on this part\n\n(none)`;

describe('the scripted part rewrite', () => {
  it('is classified as one, and repairs the flaw inside the markers only', () => {
    const part = `**Lemma 2.** Claim.\n\n*Proof.* Start.\n${MOCK_FLAWED_LINE}\nEnd. ∎`;
    expect(classifyRequest([{ role: 'user', content: prompt(part) }])).toBe('part-refinement');
    const answer = partReplacementAnswer(prompt(part));
    const inside = answer.split('=== BEGIN REPLACEMENT ===\n')[1].split('\n=== END')[0];
    expect(inside).toBe(part.replace(MOCK_FLAWED_LINE, MOCK_FIXED_LINE));
  });

  it('answers without markers when the prompt names no part', () => {
    expect(partReplacementAnswer('Rewrite something')).not.toContain('BEGIN REPLACEMENT');
  });
});
