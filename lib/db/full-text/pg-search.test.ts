import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPgDatabase, testPgUrl } from '@/test/pg-database';
import { openPg, type PgDb } from '../pg/client';
import { toTsQuery } from './fts-query';
import { PG_SEARCH_ARMS, searchSessionIdsPg } from './pg-search';

/**
 * The Postgres twin of the session search: the same words find the same places (problem,
 * proof, finding, note) as word prefixes, through the GIN indexes of pg migration 0001.
 */
const hasPg = Boolean(testPgUrl());
let db: PgDb;

async function insert(table: string, row: Record<string, unknown>) {
  const cols = Object.keys(row);
  await db.$client.query(
    `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')})`,
    Object.values(row),
  );
}

async function search(q: string) {
  return (await searchSessionIdsPg(db, toTsQuery(q) as string)).ids.sort();
}

describe.runIf(hasPg)('Postgres full-text search', () => {
  beforeAll(async () => {
    db = await openPg((await freshPgDatabase()) as string);
    const at = { created_at: 1, updated_at: 1 };
    await insert('sessions', { id: 'a', problem: 'Tangents to a circle', ...at });
    await insert('sessions', { id: 'b', title: 'Inequality', problem: 'x', ...at });
    await insert('rounds', {
      id: 'rb',
      session_id: 'b',
      idx: 0,
      origin: 'generated',
      proof: 'By AM-GM, \\frac{a}{b} + \\frac{b}{a} >= 2.',
      ...at,
    });
    await insert('findings', {
      id: 'fb',
      round_id: 'rb',
      position: 0,
      severity: 'minor',
      quote: 'AM-GM',
      description: 'equality case missing',
      suggestion: 'state it',
      ...at,
    });
    await insert('finding_replies', {
      id: 'nb',
      finding_id: 'fb',
      text: 'Agreed, a Cauchy remark',
      created_at: 1,
    });
  });
  afterAll(async () => {
    await db?.$client.end();
  });

  it('finds problems, proofs, findings and notes by word prefixes, all words required', async () => {
    expect(await search('tangent')).toEqual(['a']);
    expect(await search('CIRC tang')).toEqual(['a']);
    expect(await search('frac')).toEqual(['b']);
    expect(await search('equality missing')).toEqual(['b']);
    expect(await search('cauchy')).toEqual(['b']);
    expect(await search('tangent frac')).toEqual([]);
  });

  it('reads through the GIN indexes (each arm repeats its index expression)', async () => {
    const client = await db.$client.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL enable_seqscan = off');
      const plans: string[] = [];
      for (const arm of PG_SEARCH_ARMS) {
        const q = new PgDialect().sqlToQuery(arm("'tang':*", 10));
        const { rows } = await client.query(`EXPLAIN ${q.sql}`, q.params);
        plans.push(rows.map((r) => r['QUERY PLAN']).join('\n'));
      }
      await client.query('ROLLBACK');
      ['sessions_fts', 'rounds_fts', 'findings_fts', 'replies_fts'].forEach((index, i) => {
        expect(plans[i]).toContain(index);
      });
    } finally {
      client.release();
    }
  });
});
