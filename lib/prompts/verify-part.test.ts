import { describe, expect, it } from 'vitest';
import { buildOutline } from '@/lib/structure/outline';
import { partContext } from '@/lib/structure/part-context';
import {
  MOCK_LEMMA_1_STATEMENT,
  MOCK_LEMMA_3_STATEMENT,
  MOCK_STRUCTURED_PROOF,
} from '@/scripts/mock-model/structured-proof';
import { partVerificationPrompt } from './verify-part';

const proof = MOCK_STRUCTURED_PROOF;
const outline = buildOutline(proof);
const lineOf = (text: string) => proof.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('the part-verification prompt', () => {
  it('gives the cited lemma’s statement as a fact, and the part’s lines numbered as in the proof', () => {
    const part = partContext(proof, outline, 'lemma-2');
    expect(part).not.toBeNull();
    if (!part) return;
    expect(part.given.map((g) => g.label)).toEqual(['Lemma 1']);
    const [system, user] = partVerificationPrompt(
      'Prove Nesbitt.',
      part,
      outline.lineCount,
    ).messages;
    expect(system.content).toMatch(/Take them as true: do not re-prove them/);
    expect(user.content).toContain('Prove Nesbitt.');
    // Lemma 1's statement, but not its proof: a given fact is not re-proved.
    expect(user.content).toContain(MOCK_LEMMA_1_STATEMENT);
    expect(user.content).not.toContain('the factor \\(t\\) cancels');
    // Lemma 2's lines with their numbers in the whole proof; nothing of Lemma 3 or the rest.
    const first = lineOf('**Lemma 2.**');
    expect(user.content).toContain(`L${String(first).padStart(3, '0')}| **Lemma 2.**`);
    expect(user.content).toContain(`lines L${first}-L${part.endLine}`);
    expect(user.content).not.toContain(MOCK_LEMMA_3_STATEMENT);
    expect(user.content).not.toContain('Conclusion');
    expect(user.content).not.toMatch(/^L001\|/m);
  });

  it('says so when the part cites nothing', () => {
    const part = partContext(proof, outline, 'lemma-1');
    if (!part) throw new Error('no Lemma 1');
    expect(part.given).toEqual([]);
    const [, user] = partVerificationPrompt('P', part, outline.lineCount).messages;
    expect(user.content).toContain('(none: the part cites no other part of the solution)');
  });

  it('is null for a node the outline does not have (the proof changed)', () => {
    expect(partContext(proof, outline, 'lemma-9')).toBeNull();
  });
});
