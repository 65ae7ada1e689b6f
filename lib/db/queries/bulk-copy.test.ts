import { expect, it } from 'vitest';
import { describeOnBothBackends } from '@/test/db-backends';
import { conn } from '../conn';
import { copySessionsForBench } from './bulk-copy';
import { addFindings } from './findings';
import { listReviewItems, recordImportedSession } from './review';
import { createRound } from './rounds';
import { createSession } from './sessions';

/** The bench's copying of sessions, SQLite's prepared statements and Postgres's twin. */
describeOnBothBackends('copySessionsForBench', () => {
  it('copies every original session with its rounds, findings and import record', async () => {
    for (const line of [1, 2]) {
      const id = await createSession({ problem: `Original ${line}` });
      await recordImportedSession({ sessionId: id, batchId: 'b', line, externalId: '' });
      const round = await createRound({ sessionId: id, origin: 'import', proof: 'p' });
      await addFindings(round.id, null, [
        {
          severity: 'gap',
          quote: 'q',
          lines: null,
          description: 'd',
          suggestion: '',
          anchor: null,
        },
      ]);
    }
    const copies: number[] = [];
    await copySessionsForBench(2, (k) => copies.push(k));
    expect(copies).toEqual([1, 2]);
    const { db, t } = await conn();
    const titles = (await db.select({ title: t.sessions.title }).from(t.sessions)).map(
      (s) => s.title,
    );
    expect(titles).toHaveLength(6);
    const copied = titles.filter((title) => title !== null);
    expect(copied.filter((title) => !/^Untitled · r[12](\.0)?n\d+$/.test(title ?? ''))).toEqual([]);
    expect(new Set(copied).size).toBe(4);
    expect((await db.select().from(t.findings)).length).toBe(6);
    // The triggers kept the copies' summary columns: they are in the review queue too.
    expect((await listReviewItems({ batch: 'b' })).total).toBe(6);
  });
});
