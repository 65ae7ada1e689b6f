import { describe, expect, it } from 'vitest';
import { inheritLineage } from './lineage';

const anchor = (startLine: number, endLine = startLine) => ({
  startLine,
  endLine,
  startOffset: 0,
  endOffset: 1,
  confidence: 'exact' as const,
  similarity: 1,
});

describe('inheritLineage', () => {
  it('links a re-found issue on the same lines to its ancestor, leaves new ones new', () => {
    const inherited = [{ anchor: anchor(5), carriedFromId: 'r1-f3' }];
    type F = { anchor: ReturnType<typeof anchor> | null; carriedFromId?: string | null };
    const fresh: F[] = [{ anchor: anchor(5, 6) }, { anchor: anchor(12) }, { anchor: null }];
    const out = inheritLineage(fresh, inherited);
    expect(out.map((f) => f.carriedFromId ?? null)).toEqual(['r1-f3', null, null]);
  });
});
