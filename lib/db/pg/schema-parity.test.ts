import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTempDb } from '@/test/fixtures/temp-db';
import { freshPgDatabase, testPgUrl } from '@/test/pg-database';
import { getDb } from '../client';
import { openPg, type PgDb } from './client';

/**
 * Both backends have the same tables, columns, nullability and named indexes, after each
 * one's own migrations ran. A table or column added to SQLite without `npm run
 * db:generate:pg` fails here.
 */
type Shape = Record<string, { columns: string[]; indexes: string[] }>;

function sqliteShape(): Shape {
  const client = getDb().$client;
  const tables = client
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'
       AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' AND name NOT LIKE '__drizzle%'`,
    )
    .pluck()
    .all() as string[];
  const shape: Shape = {};
  for (const t of tables) {
    const cols = client.prepare(`PRAGMA table_info(${t})`).all() as {
      name: string;
      notnull: number;
      pk: number;
    }[];
    const indexes = client
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND name NOT LIKE 'sqlite_autoindex%'`,
      )
      .pluck()
      .all(t) as string[];
    shape[t] = {
      columns: cols.map((c) => `${c.name}${c.notnull || c.pk ? ' not null' : ''}`).sort(),
      indexes: indexes.sort(),
    };
  }
  return shape;
}

async function pgShape(db: PgDb): Promise<Shape> {
  const cols = await db.$client.query<{ t: string; c: string; nullable: string }>(
    `SELECT table_name AS t, column_name AS c, is_nullable AS nullable
     FROM information_schema.columns WHERE table_schema = 'public'`,
  );
  const idx = await db.$client.query<{ t: string; i: string }>(
    `SELECT tablename AS t, indexname AS i FROM pg_indexes WHERE schemaname = 'public'
     AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_pk' AND indexname NOT LIKE '%_fts'
     AND indexname NOT LIKE '%_unique'`,
  );
  const shape: Shape = {};
  for (const r of cols.rows) {
    shape[r.t] ??= { columns: [], indexes: [] };
    shape[r.t].columns.push(`${r.c}${r.nullable === 'NO' ? ' not null' : ''}`);
  }
  for (const r of idx.rows) shape[r.t]?.indexes.push(r.i);
  // The checker sweep's order on Postgres (pg migration 0006): SQLite has its rowid instead.
  shape.rounds.columns = shape.rounds.columns.filter((c) => c !== 'sweep_seq not null');
  shape.rounds.indexes = shape.rounds.indexes.filter((i) => i !== 'rounds_sweep_seq');
  // The data generation (pg migration 0009): SQLite counts its writes without a table.
  delete shape.data_generation;
  for (const s of Object.values(shape)) {
    s.columns.sort();
    s.indexes.sort();
  }
  return shape;
}

withTempDb();
// Without a cluster (no Postgres binaries) the global setup printed why these skip.
const hasPg = Boolean(testPgUrl());
let pgDb: PgDb | null = null;
beforeAll(async () => {
  const url = await freshPgDatabase();
  if (url) pgDb = await openPg(url);
});
afterAll(async () => {
  await pgDb?.$client.end();
});

describe('the Postgres schema', () => {
  it.runIf(hasPg)('mirrors every SQLite table, column and index', async () => {
    const pg = await pgShape(pgDb as PgDb);
    const lite = sqliteShape();
    expect(Object.keys(lite).length).toBeGreaterThan(20);
    expect(Object.keys(pg).sort()).toEqual(Object.keys(lite).sort());
    for (const t of Object.keys(lite)) expect({ t, ...pg[t] }).toEqual({ t, ...lite[t] });
  });

  // The session JSON cache trusts the data generation to move on every write a page shows.
  it.runIf(hasPg)(
    'moves the data generation on writes to every table but the event log',
    async () => {
      const { rows } = await (pgDb as PgDb).$client.query<{ t: string }>(
        `SELECT c.relname AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT EXISTS (
         SELECT 1 FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = c.relname || '_generation')`,
      );
      expect(rows.map((r) => r.t).sort()).toEqual(['data_generation', 'run_events', 'run_leases']);
    },
  );

  it.runIf(hasPg)('keeps the session summaries and finds text', async () => {
    const q = (sql: string, params: unknown[] = []) => (pgDb as PgDb).$client.query(sql, params);
    await q(
      `INSERT INTO sessions (id, problem, created_at, updated_at) VALUES ('s1', 'Prove \\frac{a}{b} > 0', 5, 7)`,
    );
    for (const [id, idx, score] of [
      ['r1', 1, 0.5],
      ['r2', 2, null],
    ] as const) {
      await q(
        `INSERT INTO rounds (id, session_id, idx, origin, proof, score, created_at, updated_at)
         VALUES ($1, 's1', $2, 'draft', 'By induction on n.', $3, 9, 9)`,
        [id, idx, score],
      );
    }
    await q(
      `INSERT INTO runs (id, session_id, kind, status, model, created_at, finished_at)
       VALUES ('u1', 's1', 'draft', 'done', 'm', 8, 20)`,
    );
    const s = await q('SELECT activity_at, round_count, last_score FROM sessions');
    expect(s.rows[0]).toEqual({ activity_at: 20, round_count: 2, last_score: 0.5 });
    await q(`DELETE FROM rounds WHERE id = 'r1'`);
    const after = await q('SELECT round_count, last_score FROM sessions');
    expect(after.rows[0]).toEqual({ round_count: 1, last_score: null });
    // List membership (SQLite's 0013): an imported first round, and grades.
    await q(
      `INSERT INTO rounds (id, session_id, idx, origin, proof, created_at, updated_at)
       VALUES ('r3', 's1', 1, 'import', 'p', 9, 9)`,
    );
    await q(
      `INSERT INTO grades (session_id, kind, points, created_at, updated_at) VALUES ('s1', 'human', 5, 9, 9)`,
    );
    const lists = await q('SELECT imported, grade_count FROM sessions');
    expect(lists.rows[0]).toEqual({ imported: 1, grade_count: 1 });
    await q(`DELETE FROM rounds WHERE id = 'r3'`);
    await q(`DELETE FROM grades WHERE session_id = 's1'`);
    const out = await q('SELECT imported, grade_count FROM sessions');
    expect(out.rows[0]).toEqual({ imported: 0, grade_count: 0 });
    const found = await q(
      `SELECT id FROM sessions WHERE to_tsvector('simple', coalesce(title, '') || ' ' || problem)
       @@ to_tsquery('simple', 'frac:*')`,
    );
    expect(found.rows).toEqual([{ id: 's1' }]);
  });
});
