import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeOnBothBackends } from '@/test/db-backends';
import { conn } from '../conn';
import { addFindings } from './findings';
import { setGrade } from './grades';
import { pageGradedSessions } from './grades-page';
import { listReviewItems, recordImportedSession } from './review';
import { createRound, setRoundScore } from './rounds';
import { createSession } from './sessions';

const finding = {
  severity: 'gap' as const,
  quote: 'q',
  lines: null,
  description: 'a gap about tangents',
  suggestion: '',
  anchor: null,
};

/** Five imported sessions stored in one millisecond (as a bulk import does), lines 1-5. */
async function importFive(batchId: string, createdAt: number) {
  const { db, t } = await conn();
  const ids: string[] = [];
  for (let line = 1; line <= 5; line++) {
    const id = await createSession({ problem: `Imported problem ${line} about circles` });
    await db.update(t.sessions).set({ createdAt }).where(eq(t.sessions.id, id));
    await recordImportedSession({ sessionId: id, batchId, line, externalId: `x${line}` });
    const round = await createRound({ sessionId: id, origin: 'import', proof: 'p' });
    await setRoundScore(round.id, line === 2 ? 1 : 0);
    if (line === 3) await addFindings(round.id, null, [finding]);
    await setGrade(id, 'human', { points: line, text: '', roundId: round.id, runId: null });
    ids.push(id);
  }
  return ids;
}

/** The review queue and the grades list, paged by cursor and searched, on both backends. */
describeOnBothBackends('review queue and grades list', () => {
  it('pages the review queue in import order, filters and searches it', async () => {
    const ids = await importFive('b1', 1_000);
    const other = await createSession({ problem: 'Generated, not imported' });
    await createRound({ sessionId: other, origin: 'generate', proof: 'p' });
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 5; page++) {
      const got = await listReviewItems({ limit: 2, cursor });
      expect(got.total).toBe(5);
      seen.push(...got.items.map((i) => i.sessionId));
      cursor = got.nextCursor ?? undefined;
      if (!cursor) break;
    }
    expect(seen).toEqual(ids);
    const first = (await listReviewItems({ limit: 1 })).items[0];
    expect(first).toMatchObject({ externalId: 'x1', batchId: 'b1', score: 0, humanPoints: 1 });
    const pass = await listReviewItems({ score: 'pass' });
    expect(pass.items.map((i) => i.externalId)).toEqual(['x2']);
    const open = await listReviewItems({ unresolved: true });
    expect(open.items.map((i) => [i.externalId, i.findings, i.unresolved])).toEqual([['x3', 1, 1]]);
    expect(
      (await listReviewItems({ batch: 'b1', order: 'desc', limit: 1 })).items[0].externalId,
    ).toBe('x5');
    const searched = await listReviewItems({ q: 'tangent' });
    expect(searched.items.map((i) => i.externalId)).toEqual(['x3']);
    expect(searched.totalCapped).toBe(false);
    expect((await listReviewItems({ q: 'circles', limit: 2 })).total).toBe(5);
    expect((await listReviewItems({ q: 'zzzz' })).items).toEqual([]);
    expect((await listReviewItems({ q: '!!' })).total).toBe(0);
  });

  it('pages the graded sessions oldest first with their grades, by batch and searched', async () => {
    const before = (await pageGradedSessions({})).total;
    const ids = await importFive('b2', 2_000);
    const later = await createSession({ problem: 'Graded later, no import' });
    await setGrade(later, 'auto', { points: 2, text: '', roundId: null, runId: null });
    const all: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page++) {
      const got = await pageGradedSessions({ limit: 4, cursor });
      expect(got.total).toBe(before + 6);
      all.push(...got.sessions.map((s) => s.sessionId));
      cursor = got.nextCursor ?? undefined;
      if (!cursor) break;
    }
    expect(all).toHaveLength(before + 6);
    expect(all.at(-1)).toBe(later);
    expect(all.slice(before, before + 5).sort()).toEqual([...ids].sort());
    const batch = await pageGradedSessions({ batch: 'b2' });
    expect(batch.total).toBe(5);
    expect(batch.sessions.map((s) => s.human?.points).sort()).toEqual([1, 2, 3, 4, 5]);
    const searched = await pageGradedSessions({ q: 'later' });
    expect(searched.sessions).toEqual([
      expect.objectContaining({
        sessionId: later,
        auto: expect.objectContaining({ points: 2 }),
        human: null,
      }),
    ]);
  });
});
