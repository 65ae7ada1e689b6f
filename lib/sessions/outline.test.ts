import { describe, expect, it } from 'vitest';
import type { Anchor } from '@/lib/schemas';
import { withTempDb } from '@/test/fixtures/temp-db';

/** `GET /api/rounds/:id/outline`'s work on a real database: findings rolled up per node. */
withTempDb();

const PROOF = [
  '## 1. Setup', // 1
  '**Lemma 1.** Every n is fine.', // 2
  '*Proof.* Trivial.', // 3
  '**Lemma 2.** By Lemma 1 and Lemma 5, more.', // 4
  '*Proof.*', // 5
  '**Case 1.** small.', // 6
  '**Case 2.** large, a gap here.', // 7
].join('\n');

const at = (line: number): Anchor => ({
  startLine: line,
  endLine: line,
  startOffset: 0,
  endOffset: 1,
  confidence: 'exact',
  similarity: 1,
});

describe('outlineOfRound', () => {
  it('rolls findings up by line range: counts by severity, open until decided', async () => {
    const { createSession, createRound, addFindings } = await import('@/lib/db');
    const { outlineOfRound } = await import('./outline');
    const sessionId = await createSession({ problem: 'Show it.' });
    const round = await createRound({ sessionId, origin: 'manual', proof: PROOF });
    const f = { quote: '', description: 'd', suggestion: '', lines: null };
    await addFindings(round.id, null, [
      { ...f, severity: 'gap', anchor: at(7) },
      { ...f, severity: 'critical', anchor: at(6), decision: 'accepted' },
      { ...f, severity: 'minor', anchor: at(3), decision: 'dismissed' },
    ]);

    const outline = await outlineOfRound(round.id);
    const byLabel = Object.fromEntries(outline.nodes.map((n) => [n.label || n.title, n]));
    expect(byLabel['Case 2'].findings).toEqual({ critical: 0, gap: 1, minor: 0, open: 1 });
    expect(byLabel['Case 1'].findings).toEqual({ critical: 1, gap: 0, minor: 0, open: 0 });
    expect(byLabel['Lemma 2'].findings).toEqual({ critical: 1, gap: 1, minor: 0, open: 1 });
    expect(byLabel['Lemma 1'].findings).toEqual({ critical: 0, gap: 0, minor: 0, open: 0 });
    expect(byLabel['Lemma 2'].refs).toEqual(['lemma-1']);
    expect(outline.dangling).toEqual([{ label: 'Lemma 5', line: 4 }]);
    expect(outline.verified).toBe(true);
  });

  it('says "not found" for a round that does not exist', async () => {
    const { outlineOfRound } = await import('./outline');
    await expect(outlineOfRound('nope')).rejects.toMatchObject({ code: 'not_found' });
  });
});
