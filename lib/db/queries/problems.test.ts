import { expect, it } from 'vitest';
import { problemInputSchema } from '@/lib/schemas';
import { describeOnBothBackends } from '@/test/db-backends';
import {
  getProblem,
  insertMissingProblems,
  listProblems,
  problemFacets,
  upsertProblems,
} from './problems';
import { getRubric } from './rubrics';

const problem = (key: string, statement: string, extra: Record<string, unknown> = {}) =>
  problemInputSchema.parse({ key, statement, source: 'IMO 2020', level: 'hard', ...extra });

/** The problem library, on SQLite and on Postgres. */
describeOnBothBackends('problems', () => {
  it('imports a set with its rubric, updates by key, and seeds only missing problems', async () => {
    const rubric = { checkpoints: [{ id: 'c1', text: 'Finds the invariant', points: 7 }] };
    expect(
      await upsertProblems(
        [problem('P1', 'Prove the Triangle inequality.', { rubric }), problem('P2', 'Two')],
        'import',
      ),
    ).toBe(2);
    await upsertProblems(
      [problem('P1', 'Prove the triangle inequality again.', { solution: 's' })],
      'import',
    );
    const page = await listProblems({});
    expect(page.total).toBe(2);
    const p1 = page.problems.find((p) => p.key === 'P1');
    expect(p1).toMatchObject({
      statement: 'Prove the triangle inequality again.',
      hasSolution: true,
    });
    expect((await getRubric(p1?.id ?? ''))?.rubric.checkpoints[0].id).toBe('c1');
    expect(await getProblem(p1?.id ?? '')).toMatchObject({ key: 'P1', solution: 's' });
    expect(
      await insertMissingProblems([problem('P2', 'changed'), problem('B1', 'Builtin')], 'builtin'),
    ).toBe(1);
    expect((await listProblems({})).problems.find((p) => p.key === 'P2')?.statement).toBe('Two');
  });

  it('stores nothing of a set when one problem fails, and names it', async () => {
    const before = (await listProblems({})).total;
    const bad = { ...problem('X2', 'Bad'), statement: null as unknown as string };
    await expect(upsertProblems([problem('X1', 'Good'), bad], 'import')).rejects.toThrow(
      /Problem 2 \(X2\)/,
    );
    expect((await listProblems({})).total).toBe(before);
  });

  it('pages built-in problems first, searches every word case-insensitively, and lists facets', async () => {
    await upsertProblems(
      Array.from({ length: 5 }, (_, i) =>
        problem(`S${i}`, `Series problem ${i} about Circles`, {
          category: i % 2 ? 'geometry' : 'algebra',
        }),
      ),
      'import',
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page++) {
      const got = await listProblems({ limit: 3, cursor });
      seen.push(...got.problems.map((p) => p.origin));
      cursor = got.nextCursor ?? undefined;
      if (!cursor) break;
    }
    expect(seen.length).toBe((await listProblems({})).total);
    expect(seen.indexOf('import')).toBeGreaterThan(seen.lastIndexOf('builtin'));
    const found = await listProblems({ q: 'circles SERIES', category: 'geometry' });
    expect(found.problems.map((p) => p.key).sort()).toEqual(['S1', 'S3']);
    expect((await listProblems({ q: '100%' })).total).toBe(0);
    const facets = await problemFacets();
    expect(facets.categories).toEqual(['algebra', 'geometry']);
    expect(facets.sources).toEqual(['IMO 2020']);
  });
});
