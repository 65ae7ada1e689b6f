import { describe, expect, it } from 'vitest';
import type { Anchor } from '@/lib/schemas/findings';
import { mergeSampleFindings, type SampleFinding } from './merge';

const at = (start: number, end: number, confidence: Anchor['confidence'] = 'exact'): Anchor => ({
  startLine: 1 + Math.floor(start / 100),
  endLine: 1 + Math.floor(end / 100),
  startOffset: start,
  endOffset: end,
  confidence,
  similarity: 1,
});

const f = (sample: number, over: Partial<SampleFinding> = {}): SampleFinding => ({
  sample,
  severity: 'gap',
  quote: '',
  description: 'A step is not justified.',
  suggestion: '',
  anchor: null,
  ...over,
});

describe('merging findings of many verifier samples', () => {
  it('merges overlapping placed findings from different samples, counting samples', () => {
    const merged = mergeSampleFindings([
      f(0, { anchor: at(100, 180), severity: 'gap' }),
      f(1, { anchor: at(110, 170), severity: 'critical' }),
      f(2, { anchor: at(120, 190) }),
      f(0, { anchor: at(400, 450), severity: 'minor' }),
    ]);
    expect(merged.map((m) => m.foundBy)).toEqual([3, 1]);
    expect(merged[0].severity).toBe('critical');
    expect(merged[0].lead?.sample).toBe(1);
  });

  it('never merges two findings of the same sample, even on the same text', () => {
    const merged = mergeSampleFindings([
      f(0, { anchor: at(100, 180), description: 'first issue' }),
      f(0, { anchor: at(100, 180), description: 'second issue' }),
      f(1, { anchor: at(100, 180) }),
    ]);
    expect(merged.map((m) => m.foundBy)).toEqual([2, 1]);
  });

  it('matches unplaced findings by their quotes, and whole-proof comments by what they say', () => {
    const merged = mergeSampleFindings([
      f(0, { quote: 'hence f is increasing on the whole interval' }),
      f(1, { quote: 'Hence $f$ is increasing on the whole interval (0, 1)' }),
      f(2, { description: 'The proof never treats the equality case at all.' }),
      f(3, { description: 'The equality case is never treated at all in the proof.' }),
    ]);
    expect(merged.map((m) => m.foundBy)).toEqual([2, 2]);
  });

  it('keeps apart findings on different text', () => {
    const merged = mergeSampleFindings([
      f(0, { anchor: at(100, 200) }),
      f(1, { anchor: at(190, 300) }),
      f(2, { quote: 'completely different words here', anchor: null }),
    ]);
    expect(merged).toHaveLength(3);
  });

  it('attaches new wordings to a finding the person already decided on', () => {
    const kept = [
      { id: 'k1', severity: 'gap' as const, quote: '', description: 'x', anchor: at(100, 180) },
    ];
    const merged = mergeSampleFindings(
      [f(0, { anchor: at(105, 175) }), f(1, { anchor: at(500, 520) })],
      kept,
    );
    expect(merged.find((m) => m.keptId === 'k1')?.foundBy).toBe(1);
    expect(merged.find((m) => m.keptId === 'k1')?.lead).toBeNull();
    expect(merged.filter((m) => !m.keptId)).toHaveLength(1);
  });
});
