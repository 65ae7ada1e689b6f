import { describe, expect, it } from 'vitest';
import { parseProblemJson, problemSetKind } from './parse-json';

describe('parseProblemJson', () => {
  it('reads JSONL with per-line errors and DeepSeekMath-V2 style keys', async () => {
    const text = [
      JSON.stringify({
        question: 'Prove it.',
        problem_idx: 'PB-1',
        solution: 'Easy.',
        'grading guidelines': '(Partial) 1. x',
        level: 'IMO-easy',
        type: 'Algebra',
        source: 'Somewhere',
      }),
      '{broken',
      '',
      JSON.stringify({ problem: '' }),
      JSON.stringify({ statement: 'Second', id: 7, source: 'Set A' }),
    ].join('\n');
    const { problems, errors } = await parseProblemJson(text);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toEqual({
      line: 1,
      problem: {
        key: 'PB-1',
        statement: 'Prove it.',
        solution: 'Easy.',
        guidelines: '(Partial) 1. x',
        shortAnswer: '',
        category: 'Algebra',
        level: 'IMO-easy',
        source: 'Somewhere',
      },
    });
    // A bare number as id is qualified by its source so sets do not collide.
    expect(problems[1]).toMatchObject({ line: 5, problem: { key: 'Set A #7' } });
    expect(errors.map((e) => e.line)).toEqual([2, 4]);
  });

  it('reads a JSON array and a {problems: [...]} object, numbering items', async () => {
    const arr = await parseProblemJson(JSON.stringify([{ problem: 'A' }, 5, { problem: 'B' }]));
    expect(arr.problems.map((p) => [p.line, p.problem.statement])).toEqual([
      [1, 'A'],
      [3, 'B'],
    ]);
    expect(arr.errors).toEqual([{ line: 2, unit: 'item', message: expect.any(String) }]);
    const obj = await parseProblemJson(JSON.stringify({ problems: [{ Problem: 'C' }] }));
    expect(obj.problems[0].problem.statement).toBe('C');
  });

  it('reports an unreadable JSON document as one error', async () => {
    expect((await parseProblemJson('[{"problem": ')).errors[0].line).toBe(1);
  });
});

describe('problemSetKind', () => {
  it('trusts the content type, else sniffs the first character', async () => {
    expect(problemSetKind('text/csv; charset=utf-8', '[')).toBe('csv');
    expect(problemSetKind('application/x-ndjson', 'a,b')).toBe('json');
    expect(problemSetKind(null, '  {"problem": 1}')).toBe('json');
    expect(problemSetKind('', 'Problem,Source')).toBe('csv');
  });
});
