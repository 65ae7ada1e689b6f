import { beforeAll, describe, expect, it } from 'vitest';
import {
  createRound,
  createRun,
  createSession,
  listProblems,
  listReviewItems,
  listSessions,
  pageGradedSessions,
  setGrade,
} from '@/lib/db';
import { getDb } from '@/lib/db/client';
import { ensureBuiltinProblems } from '@/lib/library/service';
import { reviewRecords } from '@/lib/review/import-fixture.test-support';
import { importReviewRecords } from '@/lib/review/import-records';
import { withTempDb } from '@/test/fixtures/temp-db';
import { captureStatements, fullScans } from './capture-statements';

withTempDb();

beforeAll(async () => {
  for (let i = 0; i < 30; i++) {
    const id = await createSession({ problem: `Problem ${i}: show that $x^${i} \\ge 0$.` });
    await createRound({ sessionId: id, origin: 'generate', proof: `Proof ${i}` });
    await createRun({ sessionId: id, roundId: null, kind: 'generate', model: 'm' });
    await setGrade(id, 'human', { points: i % 8, text: '', roundId: null, runId: null });
  }
  await importReviewRecords(reviewRecords(30), 'auto', false);
  await ensureBuiltinProblems();
});

/** Runs a list call, then EXPLAIN QUERY PLAN on every statement it ran; returns the scans. */
async function scansOf(call: () => Promise<unknown>) {
  const client = getDb().$client;
  const statements = await captureStatements(client, call);
  expect(statements.length).toBeGreaterThan(0);
  return statements.flatMap(({ sql, args }) => {
    const plan = client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[];
    return fullScans(sql, plan).map((line) => `${line}  ←  ${sql.replace(/\s+/g, ' ')}`);
  });
}

describe('every list query is planned on an index (issue 20)', () => {
  it('flags a query that reads a whole table (the check itself works)', async () => {
    const scans = await scansOf(async () =>
      getDb().$client.prepare('select * from sessions s order by s.problem').all(),
    );
    expect(scans).toHaveLength(1);
    expect(scans[0]).toMatch(/^SCAN s/);
  });

  const second = async <T extends { nextCursor: string | null }>(
    list: (cursor?: string) => Promise<T>,
  ) => {
    const first = await list();
    expect(first.nextCursor).not.toBeNull();
    return list(first.nextCursor ?? undefined);
  };

  it.each(['updated', 'created', 'score', 'rounds', 'title'] as const)(
    'home, sorted by %s, first and next page',
    async (sort) => {
      expect(
        await scansOf(() => second((cursor) => listSessions({ sort, cursor, limit: 5 }))),
      ).toEqual([]);
      expect(await scansOf(() => listSessions({ sort, order: 'asc', limit: 5 }))).toEqual([]);
    },
  );

  it.each(['never-run', 'running', 'failed', 'succeeded'] as const)(
    'home, filtered by state %s',
    async (state) => {
      expect(await scansOf(() => listSessions({ state, limit: 5 }))).toEqual([]);
    },
  );

  it('home and the review queue searched in full text, with the snippets of a page', async () => {
    expect(
      await scansOf(() => second((cursor) => listSessions({ q: 'parity', cursor, limit: 5 }))),
    ).toEqual([]);
    expect(await scansOf(() => listSessions({ q: 'proof', sort: 'score', limit: 5 }))).toEqual([]);
    expect(await scansOf(() => listReviewItems({ q: 'parity', limit: 5 }))).toEqual([]);
  });

  it('the review queue, filtered and paged', async () => {
    expect(await scansOf(() => second((cursor) => listReviewItems({ cursor, limit: 5 })))).toEqual(
      [],
    );
    expect(
      await scansOf(() => listReviewItems({ score: 'below1', unresolved: true, limit: 5 })),
    ).toEqual([]);
  });

  it('the library and the grades', async () => {
    expect(await scansOf(() => second((cursor) => listProblems({ cursor, limit: 2 })))).toEqual([]);
    expect(
      await scansOf(() => second((cursor) => pageGradedSessions({ cursor, limit: 5 }))),
    ).toEqual([]);
  });
});
