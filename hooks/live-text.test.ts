import { describe, expect, it } from 'vitest';
import { parseGeneration } from '@/lib/parse/generation';
import { MOCK_PROOF } from '@/scripts/mock-model/proof-texts';
import { LiveText } from './live-text';

const DRAFT = `## Solution\n\n${MOCK_PROOF}\n\n## Self Evaluation\nHere is my evaluation of the solution:\nFine.\n\\boxed{1}\n`;

describe('LiveText', () => {
  it('gives a follower the stored proof, delta by delta, never the wrapper', () => {
    const live = new LiveText();
    let shown = live.proofStream.getText();
    const seen: string[] = [];
    live.proofStream.subscribe(
      (d) => {
        shown += d;
        seen.push(shown);
      },
      () => {
        throw new Error('the proof was rewritten instead of appended');
      },
    );
    for (let i = 0; i < DRAFT.length; i += 7) live.appendText(DRAFT.slice(i, i + 7));
    expect(shown).toBe(parseGeneration(DRAFT).proof);
    expect(seen.some((s) => s.includes('Solution') || s.includes('Self'))).toBe(false);
  });
});
