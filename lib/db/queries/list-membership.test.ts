import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  createRound,
  createSession,
  getSession,
  listReviewItems,
  listSessions,
  pageGradedSessions,
  setGrade,
} from '@/lib/db';
import { conn } from '@/lib/db/conn';
import { SEARCH_CAP } from '@/lib/schemas';
import { describeOnBothBackends } from '@/test/db-backends';
import { deleteSessionRows } from './session-delete';

/**
 * Issue 20: the review queue and the grades list walk a partial index of sessions flagged by
 * triggers (migration 0013), and a search reaches the SEARCH_CAP most recent matches only,
 * saying so with `totalCapped`.
 */
describeOnBothBackends('list membership', () => {
  describe('list membership kept by triggers', () => {
    it('an imported first round puts a session in the review queue, deleting it takes it out', async () => {
      const before = (await listReviewItems({})).total;
      const id = await createSession({ problem: 'Imported problem' });
      await createRound({ sessionId: id, origin: 'import', proof: 'p' });
      const other = await createSession({ problem: 'Generated problem' });
      await createRound({ sessionId: other, origin: 'generate', proof: 'p' });
      const queue = await listReviewItems({});
      expect(queue.total).toBe(before + 1);
      expect(queue.items.map((i) => i.sessionId)).toContain(id);
      expect(queue.items.map((i) => i.sessionId)).not.toContain(other);
      await deleteSessionRows(id);
      expect((await listReviewItems({})).total).toBe(before);
    });

    it('a grade puts a session in the grades list; a second grade does not count it twice', async () => {
      const id = await createSession({ problem: 'Graded problem' });
      expect((await pageGradedSessions({})).sessions.map((s) => s.sessionId)).not.toContain(id);
      const grade = { points: 5, text: '', roundId: null, runId: null };
      await setGrade(id, 'auto', grade);
      await setGrade(id, 'human', grade);
      await setGrade(id, 'human', { ...grade, points: 6 });
      const page = await pageGradedSessions({});
      expect(page.sessions.filter((s) => s.sessionId === id)).toHaveLength(1);
      expect(page.total).toBe(1);
      const { db, t } = await conn();
      await db.delete(t.grades).where(eq(t.grades.sessionId, id));
      expect((await pageGradedSessions({})).total).toBe(0);
    });
  });

  describe('a search stops counting at SEARCH_CAP', () => {
    it('reaches the most recent matches and says that more match', async () => {
      let last = '';
      for (let i = 0; i < SEARCH_CAP + 5; i++) {
        last = await createSession({
          problem: `Show the lemma ${i} about zebras${i < 3 ? ' and okapis' : ''}.`,
        });
      }
      const common = await listSessions({ q: 'zebras', sort: 'created', limit: 5 });
      expect(common.total).toBe(SEARCH_CAP);
      expect(common.totalCapped).toBe(true);
      // The newest first. Sessions made in the same millisecond tie on `created_at`, and
      // Postgres breaks ties by id (SQLite by rowid), so the newest time is what is certain.
      expect(common.sessions[0].title).toMatch(/^Show the lemma \d+ about zebras/);
      expect(common.sessions[0].createdAt).toBe((await getSession(last))?.createdAt);
      const rare = await listSessions({ q: 'okapis' });
      expect(rare.total).toBe(3);
      expect(rare.totalCapped).toBe(false);
      expect((await listSessions({})).totalCapped).toBe(false);
    });
  });
});
