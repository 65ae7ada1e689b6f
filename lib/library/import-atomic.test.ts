import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listProblems } from '@/lib/db';
import { setWriteFaultForTests, sqliteError } from '@/lib/db/write-fault';
import { AppError } from '@/lib/errors';
import { withTempDb } from '@/test/fixtures/temp-db';
import { ensureBuiltinProblems, importProblemSet } from './service';

/**
 * Issue 11 for the problem library: a set is stored all or nothing, the bad records named
 * (line or item, and id), the valid ones only when the person asks; one transaction, cut into
 * slices so the event loop keeps turning. Real SQLite; no clock thresholds.
 */
withTempDb();

// The built-in problems are seeded by the first import: seed them first, to count ours.
beforeAll(() => ensureBuiltinProblems());
afterEach(() => setWriteFaultForTests(null));

const total = async () => (await listProblems({ limit: 1 })).total;

function jsonl(n: number, bad?: { at: number; text: string }) {
  const lines = Array.from({ length: n }, (_, i) =>
    JSON.stringify({ id: `A-${i + 1}`, problem: `Show that ${i + 1} is a number.`, source: 'A' }),
  );
  if (bad) lines[bad.at - 1] = bad.text;
  return lines.join('\n');
}

async function refusal(text: string, type: string) {
  const err = await importProblemSet(text, type).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe('bad_request');
  return err as AppError;
}

describe('problem set import, all or nothing', () => {
  it('refuses 2,000 records with one invalid line, naming it, and stores nothing', async () => {
    const before = await total();
    const text = jsonl(2_000, { at: 1_500, text: '{"id": "A-1500", "problem": ' });
    const err = await refusal(text, 'application/x-ndjson');
    expect(err.message).toMatch(
      /^Nothing was imported: 1 record is invalid — line 1500: not valid JSON .*import the 1999 valid records only\.$/,
    );
    expect(err.details).toMatchObject({ valid: 1_999, errors: [{ line: 1_500 }] });
    expect(await total()).toBe(before);
  });

  it('names an oversized statement and a repeated id by line and id; lists every bad record', async () => {
    const big = 'x'.repeat(200_001);
    const csv = [
      'Problem ID,Problem,Source',
      'B-1,First,B',
      `B-2,${big},B`,
      'B-1,Again the first id,B',
      'B-4,,B',
      'B-5,Fine,B',
    ].join('\n');
    const err = await refusal(csv, 'text/csv');
    expect(err.message).toContain('3 records are invalid');
    expect(err.message).toContain('line 3 (B-2): the problem statement is larger than 200 kB');
    expect(err.message).toContain('line 4 (B-1): the id is already used by line 2 (B-1)');
    expect(err.message).toContain('line 5 (B-4): the problem statement is empty');
    expect(err.details).toEqual({
      valid: 2,
      errors: [
        { line: 3, key: 'B-2', message: expect.any(String) },
        { line: 4, key: 'B-1', message: expect.any(String) },
        { line: 5, key: 'B-4', message: expect.any(String) },
      ],
    });
    expect((await listProblems({ source: 'B', limit: 10 })).total).toBe(0);
    // Asked to, it stores the two valid ones and says which it skipped.
    const done = await importProblemSet(csv, 'text/csv', true);
    expect(done.imported).toBe(2);
    expect(done.errors.map((e) => e.line)).toEqual([3, 4, 5]);
    const stored = await listProblems({ source: 'B', limit: 10 });
    expect(stored.problems.map((p) => [p.key, p.statement])).toEqual([
      ['B-1', 'First'],
      ['B-5', 'Fine'],
    ]);
  });

  it('names a bad item of a JSON list by its position', async () => {
    const list = JSON.stringify({ problems: [{ problem: 'C one', id: 'C-1' }, 7, { id: 'C-3' }] });
    const err = await refusal(list, 'application/json');
    expect(err.message).toContain(
      'item 2: expected an object with a "problem" field; item 3 (C-3): the problem statement is empty',
    );
    expect(err.details).toMatchObject({ valid: 1 });
  });

  it('refuses a set with no valid record even when asked to skip invalid ones', async () => {
    const err = await importProblemSet('{"solution": "s"}', 'application/json', true).catch(
      (e: unknown) => e as AppError,
    );
    expect((err as AppError).message).toMatch(
      /line 1: the problem statement is empty.*No record is valid/,
    );
  });

  it('rolls everything back when the database fails mid-import, naming the record', async () => {
    const before = await total();
    let n = 0;
    setWriteFaultForTests((what) => {
      if (what === 'bulk item' && ++n === 1_234)
        throw sqliteError('SQLITE_FULL', 'database or disk is full');
    });
    await expect(importProblemSet(jsonl(2_000), 'application/x-ndjson')).rejects.toThrow(
      /The record on line 1234 \(A-1234\) could not be stored: database or disk is full/,
    );
    expect(await total()).toBe(before);
  });

  it('imports 2,000 records in one transaction while the event loop keeps turning', async () => {
    const before = await total();
    let turns = 0;
    let spinning = true;
    const spin = () => {
      turns++;
      if (spinning) setImmediate(spin);
    };
    setImmediate(spin);
    const importing = importProblemSet(jsonl(2_000), 'application/x-ndjson');
    const atStart = turns;
    const result = await importing;
    spinning = false;
    expect(result).toEqual({ imported: 2_000, errors: [] });
    expect(await total()).toBe(before + 2_000);
    // Other work ran while it parsed and stored: it yielded between slices.
    expect(turns - atStart).toBeGreaterThan(1);
  });
});
