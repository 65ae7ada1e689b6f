import { describe, expect, it } from 'vitest';
import { outlineRows } from './outline-rows';

const node = (id: string, parentId: string | null, kind = 'step' as const) => ({
  id,
  kind,
  label: id,
  title: '',
  startLine: 1,
  endLine: 1,
  parentId,
  refs: [],
  findings: { critical: 0, gap: 0, minor: 0, open: 0 },
});

// Lemma 1 { Proof { Step 1, Step 2 } }, Lemma 2
const nodes = [
  node('L1', null),
  node('P1', 'L1'),
  node('S1', 'P1'),
  node('S2', 'P1'),
  node('L2', null),
];
const shape = (rows: ReturnType<typeof outlineRows>) =>
  rows.map((r) => `${'.'.repeat(r.depth)}${r.node.id}${r.children ? `(${r.children})` : ''}`);

describe('outlineRows', () => {
  it('lists the tree in reading order with each row’s depth and child count', () => {
    expect(shape(outlineRows(nodes, new Set()))).toEqual(['L1(1)', '.P1(2)', '..S1', '..S2', 'L2']);
  });

  it('hides the rows under a collapsed node, keeping the node itself', () => {
    expect(shape(outlineRows(nodes, new Set(['P1'])))).toEqual(['L1(1)', '.P1(2)', 'L2']);
    expect(shape(outlineRows(nodes, new Set(['L1'])))).toEqual(['L1(1)', 'L2']);
  });

  it('puts a node whose parent is filtered out at the top level', () => {
    const withoutProof = nodes.filter((n) => n.id !== 'P1');
    expect(shape(outlineRows(withoutProof, new Set()))).toEqual(['L1', 'S1', 'S2', 'L2']);
  });

  it('walks a very deep outline without recursion', () => {
    const deep = Array.from({ length: 20_000 }, (_, i) => node(`n${i}`, i ? `n${i - 1}` : null));
    const rows = outlineRows(deep, new Set());
    expect(rows).toHaveLength(20_000);
    expect(rows[19_999].depth).toBe(19_999);
  });
});
