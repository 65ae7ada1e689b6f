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

describe('LiveText end', () => {
  it('says the text is complete once the self-evaluation begins, once, with the proof all out', () => {
    const live = new LiveText();
    let shown = live.proofStream.getText();
    const ends: string[] = [];
    live.proofStream.subscribe(
      (d) => {
        shown += d;
      },
      undefined,
      () => ends.push(shown),
    );
    const heading = DRAFT.indexOf('## Self Evaluation');
    for (let i = 0; i < heading; i += 7) live.appendText(DRAFT.slice(i, Math.min(i + 7, heading)));
    expect(ends).toEqual([]);
    live.appendText(DRAFT.slice(heading, heading + 20));
    expect(ends).toEqual([parseGeneration(DRAFT).proof]);
    live.appendText(DRAFT.slice(heading + 20));
    live.end();
    expect(ends).toHaveLength(1);
  });

  it('says so when the run ends before any self-evaluation, and again for a new text', () => {
    const live = new LiveText();
    let ends = 0;
    live.proofStream.subscribe(
      () => {},
      () => {},
      () => ends++,
    );
    live.appendText('## Solution\n\nA proof cut short');
    live.end();
    expect(ends).toBe(1);
    live.clear();
    live.appendText(DRAFT);
    expect(ends).toBe(2);
  });
});
