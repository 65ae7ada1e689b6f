import { describe, expect, it } from 'vitest';
import { getSession, getSessionReference, listProblems } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { withTempDb } from '@/test/fixtures/temp-db';
import { BUILTIN_PROBLEMS } from './builtin';
import {
  ensureBuiltinProblems,
  importProblemSet,
  searchLibrary,
  startSessionFromProblem,
} from './service';

withTempDb();

const all = { limit: 200 } as const;

describe('problem library', () => {
  it('seeds the built-in problems once, however often it is asked', async () => {
    await ensureBuiltinProblems();
    (globalThis as Record<symbol, unknown>)[Symbol.for('proofdesk.library.seeded')] = false;
    await ensureBuiltinProblems();
    expect((await listProblems(all)).total).toBe(BUILTIN_PROBLEMS.length);
  });

  it('imports a CSV set, updates it in place on re-import, and reports bad lines', async () => {
    const csv =
      'Problem ID,Problem,Category,Level,Source,Solution\nT-1,"Alpha\nproblem",Algebra,easy,Test Set,Sol\nT-2,,Geometry,hard,Test Set,\nT-3,Gamma,Geometry,hard,Test Set,\n';
    const before = (await listProblems(all)).total;
    // By default one bad record refuses the set, naming it; nothing is stored.
    const refused = await importProblemSet(csv, 'text/csv').catch((e: AppError) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('bad_request');
    expect((refused as AppError).message).toMatch(
      /^Nothing was imported: 1 record is invalid — line 4 \(T-2\): the problem statement is empty.*import the 2 valid records only/,
    );
    expect((refused as AppError).details).toEqual({
      errors: [{ line: 4, key: 'T-2', message: expect.stringContaining('statement is empty') }],
      valid: 2,
    });
    expect((await listProblems(all)).total).toBe(before);
    // Chosen explicitly: the valid ones, and the skipped one listed.
    expect(await importProblemSet(csv, 'text/csv', true)).toEqual({
      imported: 2,
      errors: [{ line: 4, key: 'T-2', message: expect.any(String) }],
    });
    const again = await importProblemSet(csv.replace('Gamma', 'Gamma v2'), 'text/csv', true);
    expect(again.imported).toBe(2);
    const found = await searchLibrary({ q: 'gamma', limit: 100 });
    expect(found.problems.map((p) => p.statement)).toEqual(['Gamma v2']);
    expect(found.facets.sources).toContain('Test Set');
  });

  it('searches by words and filters by source, level and category', async () => {
    const geo = await searchLibrary({ category: 'Geometry', level: 'hard', limit: 100 });
    expect(geo.problems.map((p) => p.key)).toEqual(['T-3']);
    const words = await searchLibrary({ q: 'chessboard dominoes', limit: 100 });
    expect(words.problems.map((p) => p.key)).toEqual(['builtin:mutilated-chessboard']);
    const bySource = await searchLibrary({ source: 'IMO 1995, Problem 2', limit: 100 });
    expect(bySource.total).toBe(1);
    const limited = await searchLibrary({ limit: 3 });
    expect(limited.problems).toHaveLength(3);
    expect(limited.total).toBe(BUILTIN_PROBLEMS.length + 2);
    // LIKE wildcards in the query are literal.
    expect((await searchLibrary({ q: '%', limit: 100 })).total).toBe(0);
  });

  it('starts a session that carries the reference solution and guidelines', async () => {
    const [problem] = (await searchLibrary({ q: 'IMO 1988', limit: 1 })).problems;
    const sessionId = await startSessionFromProblem(problem.id);
    expect((await getSession(sessionId))?.problem).toContain('ab + 1');
    const ref = await getSessionReference(sessionId);
    expect(ref).toMatchObject({ problemId: problem.id, source: 'IMO 1988, Problem 6' });
    expect(ref?.guidelines).toContain('(Partial)');
    await expect(startSessionFromProblem('nope')).rejects.toThrow(/not found/);
  });
});
