import { expect, it } from 'vitest';
import { dependencyGraph, MAIN_ID } from './dependencies';
import { buildOutline } from './outline';
import { roundOutline } from './round-outline';

it('links lemmas by their citations, lifting proofs, cases and equations to their lemma', () => {
  const text = [
    '**Lemma 1.** Base, so', // 1
    '\\[ a = b \\tag{1} \\]', // 2
    '**Lemma 2.** Next.', // 3
    '*Proof.*', // 4
    '**Case 1.** From (1) we get it.', // 5
    '## Main proof', // 6
    'By Lemma 2 we are done; Lemma 2 again.', // 7
  ].join('\n');
  const graph = dependencyGraph(roundOutline(text, [], false, buildOutline(text)));
  expect(graph.nodes.map((n) => n.id)).toEqual(['lemma-1', 'lemma-2', MAIN_ID]);
  expect(graph.edges).toEqual([
    { from: 'lemma-2', to: 'lemma-1' },
    { from: MAIN_ID, to: 'lemma-2' },
  ]);
});
