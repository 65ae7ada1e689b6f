import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPgDatabase, testPgUrl } from '@/test/pg-database';
import { closePg } from '../pg/handle';
import { pgDataGeneration } from './data-generation-pg';

/**
 * The Postgres data generation (pg migration 0009) as the session JSON cache relies on it:
 * it moves when a write commits, not before, and writers on two connections (two instances)
 * never fail because of it.
 */
let url = '';
const clients: pg.Client[] = [];

async function connect(): Promise<pg.Client> {
  const c = new pg.Client(url);
  await c.connect();
  clients.push(c);
  return c;
}
const pidOf = async (c: pg.Client) =>
  Number((await c.query<{ p: number }>('SELECT pg_backend_pid() AS p')).rows[0].p);

beforeAll(async () => {
  url = (await freshPgDatabase()) ?? '';
  if (!url) return;
  // pgDataGeneration's pool runs the migrations.
  await pgDataGeneration(url);
  const c = await connect();
  await c.query(`INSERT INTO sessions (id, problem, created_at, updated_at)
    VALUES ('s1', 'p', 1, 1), ('s2', 'p', 1, 1)`);
});
afterAll(async () => {
  for (const c of clients) await c.end();
  await closePg();
});

describe.runIf(Boolean(testPgUrl()))('the Postgres data generation', () => {
  it('moves once when a transaction commits, however many rows it wrote, and not before', async () => {
    const c = await connect();
    const before = await pgDataGeneration(url);
    await c.query('BEGIN');
    await c.query(`UPDATE sessions SET title = 'a' WHERE id IN ('s1', 's2')`);
    await c.query(`UPDATE sessions SET title = 'b' WHERE id = 's1'`);
    expect(await pgDataGeneration(url)).toBe(before);
    await c.query('COMMIT');
    const after = await pgDataGeneration(url);
    expect(BigInt(after.slice(3)) - BigInt(before.slice(3))).toBe(1n);
  });

  it('stays put when a transaction rolls back, or only the event log grows', async () => {
    const c = await connect();
    const before = await pgDataGeneration(url);
    await c.query('BEGIN');
    await c.query(`UPDATE sessions SET title = 'rolled back' WHERE id = 's1'`);
    await c.query('ROLLBACK');
    await c.query(`INSERT INTO runs (id, session_id, kind, model, status, created_at)
      VALUES ('r1', 's1', 'verify', 'm', 'running', 1)`);
    const withRun = await pgDataGeneration(url);
    expect(withRun).not.toBe(before);
    await c.query(`INSERT INTO run_events (run_id, seq, data) VALUES ('r1', 1, '{}')`);
    expect(await pgDataGeneration(url)).toBe(withRun);
  });

  it('lets two overlapping SERIALIZABLE writers on different connections both commit', async () => {
    const a = await connect();
    let b = await connect();
    // Two connections whose pids share a stripe would wait for each other, by design.
    while ((await pidOf(a)) % 256 === (await pidOf(b)) % 256) b = await connect();
    await a.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
    await b.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
    await a.query(`UPDATE sessions SET title = 'from a' WHERE id = 's1'`);
    await b.query(`UPDATE sessions SET title = 'from b' WHERE id = 's2'`);
    await a.query('COMMIT');
    await expect(b.query('COMMIT')).resolves.toBeDefined();
    const { rows } = await a.query<{ title: string }>('SELECT title FROM sessions ORDER BY id');
    expect(rows.map((r) => r.title)).toEqual(['from a', 'from b']);
  });
});
