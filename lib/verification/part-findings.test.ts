import { describe, expect, it } from 'vitest';
import type { ParsedFinding } from '@/lib/schemas/findings';
import { placePartFindings } from './part-findings';

const proof = [
  'Intro line with x > 0.', // 1
  '**Lemma 1.** x > 0 for all x.', // 2
  '*Proof.* Obvious.', // 3
  '**Lemma 2.** y is bounded.', // 4
  '*Proof.* Since x > 0, y < 1.', // 5
  'Hence y is bounded by 1.', // 6
  'Conclusion uses x > 0.', // 7
].join('\n');
const part = { startLine: 4, endLine: 6 };
const finding = (f: Partial<ParsedFinding>): ParsedFinding => ({
  severity: 'gap',
  quote: '',
  lines: null,
  description: 'd',
  suggestion: 's',

  ...f,
});

describe('findings of a part verification', () => {
  it('places a quote the part shares with other lemmas on the part’s own copy', () => {
    const { kept } = placePartFindings(proof, part, [finding({ quote: 'x > 0' })]);
    expect(kept[0].anchor).toMatchObject({ startLine: 5, endLine: 5, text: 'x > 0' });
    expect(proof.slice(kept[0].anchor?.startOffset, kept[0].anchor?.endOffset)).toBe('x > 0');
  });

  it('clamps cited lines reaching past the part to the part', () => {
    const { kept } = placePartFindings(proof, part, [
      finding({ quote: 'bounded by 1', lines: { start: 2, end: 9 } }),
    ]);
    expect(kept[0].lines).toEqual({ start: 4, end: 6 });
    expect(kept[0].anchor).toMatchObject({ startLine: 6, endLine: 6 });
  });

  it('drops a finding that cites only lines outside the part and quotes nothing in it', () => {
    const { kept, dropped } = placePartFindings(proof, part, [
      finding({ quote: 'Conclusion uses', lines: { start: 7, end: 7 } }),
      finding({ quote: 'y < 1', lines: { start: 5, end: 5 } }),
    ]);
    expect(dropped.map((f) => f.quote)).toEqual(['Conclusion uses']);
    expect(kept.map((f) => f.anchor?.startLine)).toEqual([5]);
  });

  it('pins a finding with no placeable quote and no lines on the whole part', () => {
    const { kept } = placePartFindings(proof, part, [
      finding({ quote: 'not in the proof at all' }),
    ]);
    expect(kept[0].anchor).toMatchObject({ startLine: 4, endLine: 6, confidence: 'orphan' });
  });

  it('keeps every anchor inside the part', () => {
    const { kept } = placePartFindings(proof, part, [
      finding({ quote: 'Intro line', lines: { start: 5, end: 6 } }),
      finding({ quote: 'Obvious', lines: null }),
      finding({ quote: 'y is bounded', lines: { start: 1, end: 4 } }),
    ]);
    for (const f of kept) {
      expect(f.anchor?.startLine).toBeGreaterThanOrEqual(4);
      expect(f.anchor?.endLine).toBeLessThanOrEqual(6);
    }
  });
});
