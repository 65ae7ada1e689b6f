import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { populateDatabase } from '@/test/fixtures/populated-db';
import { withTempDb } from '@/test/fixtures/temp-db';
import { freshPgDatabase, testPgUrl } from '@/test/pg-database';
import { closeDb, databasePath, getDb } from '../client';
import { tablesInCopyOrder } from './copy-from-sqlite';
import { migrateSqliteToPostgres } from './migrate-from-sqlite';

/**
 * `proofdesk migrate`: a SQLite database filled through the query API lands in Postgres
 * with the same number of rows in every table and the same bytes in the event log; a second
 * run copies nothing.
 */
withTempDb();
const hasPg = Boolean(testPgUrl());
let url = '';
let fixture: { sessionId: string; runId: string };
let target: pg.Pool;

beforeAll(async () => {
  fixture = await populateDatabase();
  if (!hasPg) return;
  url = (await freshPgDatabase()) as string;
  target = new pg.Pool({ connectionString: url });
});
afterAll(async () => {
  await target?.end();
});

function sqliteCounts(): Record<string, number> {
  const client = getDb().$client;
  return Object.fromEntries(
    tablesInCopyOrder().map((t) => [
      t.name,
      (client.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n,
    ]),
  );
}

describe('proofdesk migrate', () => {
  it('copies parents before the tables that point at them', () => {
    const order = tablesInCopyOrder().map((t) => t.name);
    expect(order.indexOf('sessions')).toBeLessThan(order.indexOf('rounds'));
    expect(order.indexOf('rounds')).toBeLessThan(order.indexOf('findings'));
    expect(order.indexOf('runs')).toBeLessThan(order.indexOf('run_events'));
    expect(order.indexOf('searches')).toBeLessThan(order.indexOf('search_candidates'));
  });

  it.runIf(hasPg)('copies every row, with identical counts, and then nothing', async () => {
    const expected = sqliteCounts();
    for (const t of ['sessions', 'rounds', 'findings', 'runs', 'run_events', 'searches']) {
      expect(expected[t], t).toBeGreaterThan(0);
    }
    for (const t of ['search_candidates', 'problems', 'grades', 'shares', 'finding_replies']) {
      expect(expected[t], t).toBeGreaterThan(0);
    }
    const file = databasePath();
    closeDb();
    const first = await migrateSqliteToPostgres({ sqliteFile: file, postgresUrl: url });
    const inPg: Record<string, number> = {};
    for (const { table } of first) {
      const r = await target.query(`SELECT count(*) AS n FROM "${table}"`);
      inPg[table] = r.rows[0].n;
    }
    expect(inPg).toEqual(expected);
    expect(Object.fromEntries(first.map((c) => [c.table, c.copied]))).toEqual(expected);

    const second = await migrateSqliteToPostgres({ sqliteFile: file, postgresUrl: url });
    expect(second.every((c) => c.copied === 0)).toBe(true);
    expect(Object.fromEntries(second.map((c) => [c.table, c.inSource]))).toEqual(expected);
  });

  it.runIf(hasPg)('keeps event text byte for byte, and JSON and booleans as values', async () => {
    const lite = getDb()
      .$client.prepare('SELECT seq, data FROM run_events WHERE run_id = ? ORDER BY seq')
      .all(fixture.runId);
    const events = await target.query(
      'SELECT seq, data FROM run_events WHERE run_id = $1 ORDER BY seq',
      [fixture.runId],
    );
    expect(events.rows).toEqual(lite);
    const run = await target.query('SELECT usage, text FROM runs WHERE id = $1', [fixture.runId]);
    expect(run.rows[0].usage).toMatchObject({ promptTokens: 3, completionTokens: 5 });
    expect(run.rows[0].text).toBe('## Solution 😀\r\ne\u0301 \\frac{a}{b} done.');
    const rounds = await target.query('SELECT truncated FROM rounds');
    expect(rounds.rows).toEqual([{ truncated: false }]);
    const session = await target.query('SELECT round_count FROM sessions WHERE id = $1', [
      fixture.sessionId,
    ]);
    expect(session.rows[0].round_count).toBe(1);
  });
});
